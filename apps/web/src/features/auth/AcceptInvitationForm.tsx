import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { rememberSignedIn } from '../../lib/session-hint';
import { checkNewPassword, NewPasswordFields } from './NewPasswordFields';
import { refusedInvitationReason, type InvalidInvitationReason } from './invitation-status';
import { useFormProblem } from '../../lib/useFormProblem';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ['name', 'password', 'confirm'] as const;

/** Name, password and its confirmation; the new account is signed in and lands on its dashboard. */
export function AcceptInvitationForm({
  token,
  onRefused,
}: {
  token: string;
  onRefused: (reason: InvalidInvitationReason) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const form = useFormProblem(FIELDS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const name = String(data.get('name') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    const refused = form.refuse(formElement, {
      name: name.length < 2 && t('invitation.nameRequired'),
      ...checkNewPassword(password, confirm, t),
    });
    if (refused) return;
    try {
      await accept({
        variables: {
          input: { token, name, password, language: i18n.language.startsWith('en') ? 'en' : 'it' },
        },
      });
    } catch (error) {
      const described = form.fail(error);
      if (described.code === 'BAD_USER_INPUT' && !described.fields.name && !described.fields.password) {
        onRefused(refusedInvitationReason(described.reason));
      }
      return;
    }
    rememberSignedIn();
    await client.clearStore();
    await navigate('/', { replace: true });
  };

  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
      {form.notice}
      <TextField
        label={t('invitation.name')}
        {...form.field('name')}
        autoComplete="name"
        required
        onChange={() => form.forget('name')}
      />
      <NewPasswordFields label={t('invitation.password')} form={form} />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('invitation.submit')}
        </Button>
      </div>
    </form>
  );
}
