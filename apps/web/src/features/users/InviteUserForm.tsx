import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { EmailField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { focusField } from '../../lib/focus-field';
import { useFormProblem } from '../../lib/useFormProblem';
import { FirmPicker } from './FirmPicker';
import { InvitationLink } from './InvitationLink';

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      acceptUrl
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

const FIELDS = ['email', 'role', 'firmId'] as const;
type Field = (typeof FIELDS)[number];

interface Created {
  email: string;
  url: string;
  expiresAt: string;
}

/** The roles in the order an administrator thinks of them. */
const ROLES = ['ADMIN', 'CONSULTANT', 'CHAMBER', 'FIRM'] as const satisfies readonly Role[];

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Invites a person with a role (and, for a firm user, the firm); then shows the one-time link. */
export function InviteUserForm() {
  const { t } = useTranslation('users');
  const [invite, { loading }] = useMutation(InviteUserMutation, {
    // The new invitation appears in the list, and the counts stay true.
    refetchQueries: ['UsersPage'],
  });
  const [formKey, setFormKey] = useState(0);
  const [role, setRole] = useState('');
  const [firmId, setFirmId] = useState('');
  const [language, setLanguage] = useState<'it' | 'en'>('it');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const { problem, setProblem, fail, notice } = useFormProblem(FIELDS);
  const [created, setCreated] = useState<Created | null>(null);

  // A field's message goes away as soon as the person changes that field.
  const clearError = (field: Field) => {
    setLocal(({ [field]: _gone, ...rest }) => rest);
    setProblem((p) => {
      if (!p?.fields[field]) return p;
      const { [field]: _removed, ...fields } = p.fields;
      return { ...p, fields };
    });
  };

  const reset = () => {
    setCreated(null);
    setRole('');
    setFirmId('');
    setLocal({});
    setProblem(null);
    setFormKey((k) => k + 1);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const email = String(new FormData(formElement).get('email') ?? '').trim();
    const errors: Partial<Record<Field, string>> = {};
    if (!email) errors.email = t('invite.emailRequired');
    if (!isRole(role)) errors.role = t('invite.roleRequired');
    if (role === 'FIRM' && !firmId) errors.firmId = t('firmPicker.required');
    setLocal(errors);
    setProblem(null);
    const firstInvalid = FIELDS.find((f) => errors[f]);
    if (firstInvalid || !isRole(role)) {
      focusField(formElement, firstInvalid ?? 'role');
      return;
    }
    try {
      const { data } = await invite({
        variables: { input: { email, role, firmId: role === 'FIRM' ? firmId : null, language } },
      });
      if (data) {
        const { invitation, acceptUrl } = data.inviteUser;
        setCreated({ email: invitation.email, url: acceptUrl, expiresAt: invitation.expiresAt });
      }
    } catch (error) {
      fail(error);
    }
  };

  if (created) {
    return (
      <InvitationLink email={created.email} url={created.url} expiresAt={created.expiresAt} onDone={reset} />
    );
  }

  const fieldError = (field: Field) => {
    if (local[field]) return local[field];
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('invite.intro')}</p>
      {notice}
      <EmailField
        label={t('invite.email')}
        name="email"
        autoComplete="off"
        required
        error={fieldError('email')}
        onChange={() => clearError('email')}
      />
      <Select
        label={t('invite.role')}
        name="role"
        value={role}
        required
        placeholder={t('invite.chooseRole')}
        options={ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r}`) }))}
        error={fieldError('role')}
        onChange={(e) => {
          setRole(e.target.value);
          clearError('role');
        }}
      />
      {role === 'FIRM' && (
        <FirmPicker
          legend={t('firmPicker.firm')}
          value={firmId}
          onChange={(id) => {
            setFirmId(id);
            clearError('firmId');
          }}
          error={fieldError('firmId')}
        />
      )}
      <Select
        label={t('invite.language')}
        name="language"
        value={language}
        options={[
          { value: 'it', label: 'Italiano' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'it')}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
