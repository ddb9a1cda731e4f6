import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ClaimMethod, StartClaimMutation } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { describeError, type Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
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
  const errorMessage = useErrorMessage();
  const [start, { loading }] = useMutation(StartClaimMutationDocument);
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (f: Field) => String(form.get(f) ?? '').trim();
    const nowMissing = Object.fromEntries(FIELDS.map((f) => [f, value(f) === ''])) as Record<Field, boolean>;
    setMissing(nowMissing);
    setProblem(null);
    if (FIELDS.some((f) => nowMissing[f])) return;
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
      setProblem(describeError(error, FIELDS));
    }
  };

  const fieldError = (field: Field): string | null => {
    if (missing[field]) return t('form.required');
    if (field === 'email' && problem?.reason === 'taken') return t('form.emailTaken');
    if (field === 'email' && problem?.reason === 'member') return t('form.emailMember');
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
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
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
        </Notice>
      )}
      <TextField label={t('form.name')} name="name" autoComplete="name" required error={fieldError('name')} />
      <TextField
        label={t('form.roleInFirm')}
        name="roleInFirm"
        autoComplete="organization-title"
        description={t('form.roleHint')}
        required
        error={fieldError('roleInFirm')}
      />
      <TextField
        label={t('form.email')}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        description={t('form.emailHint')}
        required
        error={fieldError('email')}
      />
      <Select
        label={t('form.method')}
        name="method"
        options={methods}
        description={props.firm.pecHint ? undefined : t('form.noPec')}
        error={fieldError('method')}
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
