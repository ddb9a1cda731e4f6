import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import type { FragmentType } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ClaimForm, type ClaimProgress_ClaimFragment } from './ClaimForm';
import { ClaimProgress } from './ClaimProgress';
import { ClaimSearch, type ClaimableFirm } from './ClaimSearch';
import './claims.css';

type Step =
  | { step: 'search' }
  | { step: 'details'; firm: ClaimableFirm }
  | { step: 'progress'; token: string; claim: FragmentType<typeof ClaimProgress_ClaimFragment> };

/** "Is your firm here?": search, pick, ask, prove (public; the claim's token lives in this page only). */
export function ClaimPage() {
  const { t } = useTranslation('claims');
  useDocumentTitle(t('page.title'));
  const [state, setState] = useState<Step>({ step: 'search' });
  return (
    <div className="claim-page">
      <PageHeader title={t('page.title')} description={t('page.intro')} />
      {state.step === 'search' && <ClaimSearch onChoose={(firm) => setState({ step: 'details', firm })} />}
      {state.step === 'details' && (
        <ClaimForm
          firm={state.firm}
          onBack={() => setState({ step: 'search' })}
          onStarted={({ token, claim }) => setState({ step: 'progress', token, claim })}
        />
      )}
      {state.step === 'progress' && (
        <ClaimProgress
          token={state.token}
          claim={state.claim}
          onChange={(claim) => setState({ ...state, claim })}
        />
      )}
    </div>
  );
}
