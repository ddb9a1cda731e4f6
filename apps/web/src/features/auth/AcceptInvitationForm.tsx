import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { describeError, type Problem } from '../../lib/api-errors';
import { focusField } from '../../lib/focus-field';
import { rememberSignedIn } from '../../lib/session-hint';
import { checkNewPassword, NewPasswordFields } from './NewPasswordFields';
import { refusedInvitationReason, type InvalidInvitationReason } from './invitation-status';
import { useErrorMessage } from '../../lib/useErrorMessage';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ['name', 'password'] as const;

type LocalErrors = Partial<Record<'name' | 'password' | 'confirm', string>>;

/** Name, password and its confirmation; the new account is signed in and lands on its dashboard. */
export function AcceptInvitationForm({
  token,
  onRefused,
}: {
  token: string;
  onRefused: (reason: InvalidInvitationReason) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [local, setLocal] = useState<LocalErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const confirm = String(form.get('confirm') ?? '');
    const errors: LocalErrors = checkNewPassword(password, confirm, t);
    if (name.length < 2) errors.name = t('invitation.nameRequired');
    setLocal(errors);
    setProblem(null);
    const firstInvalid = (['name', 'password', 'confirm'] as const).find((f) => errors[f]);
    if (firstInvalid) {
      focusField(formElement, firstInvalid);
      return;
    }
    try {
      await accept({
        variables: {
          input: { token, name, password, language: i18n.language.startsWith('en') ? 'en' : 'it' },
        },
      });
    } catch (error) {
      const described = describeError(error, FIELDS);
      if (described.code === 'BAD_USER_INPUT' && !described.fields.name && !described.fields.password) {
        onRefused(refusedInvitationReason(described.reason));
        return;
      }
      setProblem(described);
      return;
    }
    rememberSignedIn();
    await client.clearStore();
    await navigate('/', { replace: true });
  };

  // A field's message goes away as soon as the person changes that field.
  const clearError = (field: keyof LocalErrors) => {
    setLocal(({ [field]: _gone, ...rest }) => rest);
    setProblem((p) => {
      if (!p?.fields[field]) return p;
      const { [field]: _removed, ...fields } = p.fields;
      return { ...p, fields };
    });
  };

  const apiField = (field: (typeof FIELDS)[number]) => {
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };

  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
        </Notice>
      )}
      <TextField
        label={t('invitation.name')}
        name="name"
        autoComplete="name"
        required
        error={local.name ?? apiField('name')}
        onChange={() => clearError('name')}
      />
      <NewPasswordFields
        label={t('invitation.password')}
        errors={{ password: local.password ?? apiField('password') ?? undefined, confirm: local.confirm }}
        onChange={clearError}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('invitation.submit')}
        </Button>
      </div>
    </form>
  );
}
