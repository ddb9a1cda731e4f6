import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { EmailField, TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ClaimMethod, StartClaimMutation } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { blankFields, useFormProblem } from '../../lib/useFormProblem';
import type { ClaimableFirm } from './ClaimSearch';

export const ClaimProgress_ClaimFragment = graphql(`
  fragment ClaimProgress_ClaimFragment on Claim {
    id
    status
    email
    pecHint
    codeExpiresAt
    triesLeft
  }
`);

const StartClaimMutationDocument = graphql(`
  mutation StartClaim($input: StartClaimInput!) {
    startClaim(input: $input) {
      token
      claim {
        id
        ...ClaimProgress_ClaimFragment
      }
    }
  }
`);

const FIELDS = ['name', 'roleInFirm', 'email', 'method'] as const;
type Field = (typeof FIELDS)[number];

/** Step two: who the person is and how they prove it; the answer carries the claim's token. */
export function ClaimForm(props: {
  firm: ClaimableFirm;
  onStarted(started: StartClaimMutation['startClaim']): void;
  onBack(): void;
}) {
  const { t } = useTranslation('claims');
  const language = useLanguage();
  const [start, { loading }] = useMutation(StartClaimMutationDocument);
  const { fail, refuse, field, notice } = useFormProblem(FIELDS, {
    reasons: {
      taken: { field: 'email', message: t('form.emailTaken') },
      member: { field: 'email', message: t('form.emailMember') },
    },
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (f: Field) => String(form.get(f) ?? '').trim();
    if (refuse(event.currentTarget, blankFields(event.currentTarget, FIELDS, t('form.required')))) return;
    try {
      const { data } = await start({
        variables: {
          input: {
            firmId: props.firm.id,
            name: value('name'),
            roleInFirm: value('roleInFirm'),
            email: value('email'),
            method: value('method') as ClaimMethod,
            language,
          },
        },
      });
      if (data) props.onStarted(data.startClaim);
    } catch (error) {
      fail(error);
    }
  };

  const methods = [
    ...(props.firm.pecHint
      ? [{ value: 'PEC', label: t('form.methodPec', { pec: props.firm.pecHint }) }]
      : []),
    { value: 'DOCUMENT', label: t('form.methodDocument') },
  ];
  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h2>{t('form.heading', { name: props.firm.name })}</h2>
      {notice}
      <TextField label={t('form.name')} {...field('name')} autoComplete="name" required />
      <TextField
        label={t('form.roleInFirm')}
        {...field('roleInFirm')}
        autoComplete="organization-title"
        description={t('form.roleHint')}
        required
      />
      <EmailField label={t('form.email')} {...field('email')} description={t('form.emailHint')} required />
      <Select
        label={t('form.method')}
        {...field('method')}
        options={methods}
        description={props.firm.pecHint ? undefined : t('form.noPec')}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('form.submit')}
        </Button>
        <Button type="button" variant="quiet" onClick={props.onBack}>
          {t('form.back')}
        </Button>
      </div>
    </form>
  );
}
