import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { EmailField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormProblem } from '../../lib/useFormProblem';
import { isRole, RoleFields } from './RoleFields';
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

interface Created {
  email: string;
  url: string;
  expiresAt: string;
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
  const form = useFormProblem(FIELDS);
  const { fail, refuse, forget, field, notice } = form;
  const [created, setCreated] = useState<Created | null>(null);

  const reset = () => {
    setCreated(null);
    setRole('');
    setFirmId('');
    setFormKey((k) => k + 1);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    const refused = refuse(event.currentTarget, {
      email: !email && t('invite.emailRequired'),
      role: !isRole(role) && t('invite.roleRequired'),
      firmId: role === 'FIRM' && !firmId && t('firmPicker.required'),
    });
    if (refused || !isRole(role)) return;
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

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('invite.intro')}</p>
      {notice}
      <EmailField
        label={t('invite.email')}
        {...field('email')}
        autoComplete="off"
        required
        onChange={() => forget('email')}
      />
      <RoleFields
        label={t('invite.role')}
        placeholder={t('invite.chooseRole')}
        role={role}
        firmId={firmId}
        onRole={setRole}
        onFirm={setFirmId}
        form={form}
      />
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
