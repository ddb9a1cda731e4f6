import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AdhesionCounters } from '../adhesions/AdhesionCounters';
import { QueryState } from '../shell/QueryState';
import { ContractEditor } from './ContractEditor';
import { ContractRevisions } from './ContractRevisions';
import { ContractStatusBar } from './ContractStatusBar';
import { MissingElements } from './MissingElements';
import './contract.css';

const ContractPageQuery = graphql(`
  query ContractPage {
    networkContract {
      id
      status
      viewerCanEdit
      ...ContractStatusBar_NetworkContractFragment
      ...MissingElements_NetworkContractFragment
      ...ContractEditor_NetworkContractFragment
      ...SectionComments_NetworkContractFragment
      ...ContractRevisions_NetworkContractFragment
    }
    adhesionCounters {
      ...AdhesionCounters_AdhesionCountersFragment
    }
  }
`);

/** The network contract: status, what is missing, every section, revisions, comments and exports. */
export function ContractPage() {
  const { t } = useTranslation('contract');
  const title = t('title');
  useDocumentTitle(title);
  const result = useQuery(ContractPageQuery, { fetchPolicy: 'cache-and-network' });
  // Remounts the editor only when the person asks for the latest version or the status changes, so
  // a background refresh never throws away what they are typing.
  const [reloads, setReloads] = useState(0);

  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <QueryState result={result}>
        {({ networkContract: c, adhesionCounters }) => (
          <div className="stack">
            {!c.viewerCanEdit && <Notice>{t('readOnly')}</Notice>}
            {c.viewerCanEdit && c.status !== 'DRAFT' && (
              <Notice>{t('notDraft', { status: t(`statuses.${c.status}`) })}</Notice>
            )}
            <ContractStatusBar contract={c} />
            <MissingElements contract={c} />
            <AdhesionCounters counters={adhesionCounters} />
            <Card title={t('downloads.heading')}>
              <p className="contract-downloads">
                <a href="/api/contract.pdf?lang=it" download>
                  {t('downloads.pdfIt')}
                </a>
                <a href="/api/contract.pdf?lang=en" download>
                  {t('downloads.pdfEn')}
                </a>
                <a href="/api/contract/participants.csv" download>
                  {t('downloads.csv')}
                </a>
              </p>
            </Card>
            <ContractEditor
              key={`${reloads}-${c.status}`}
              contract={c}
              comments={c}
              onReload={async () => {
                await result.refetch();
                setReloads((n) => n + 1);
              }}
            />
            <ContractRevisions contract={c} />
          </div>
        )}
      </QueryState>
    </>
  );
}
