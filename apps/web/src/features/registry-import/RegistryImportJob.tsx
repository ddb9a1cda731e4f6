import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { REGISTRY_IMPORT_FIELDS } from '@filiera/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { Select } from '../../components/Select';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { RegistryImportField } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';
import { ImportProblems } from './ImportProblems';
import { ImportRows } from './ImportRows';

export const RegistryImportJob_RegistryImportFragment = graphql(`
  fragment RegistryImportJob_RegistryImportFragment on RegistryImport {
    id
    version
    status
    fileName
    format
    encoding
    separator
    columns
    mapping {
      column
      field
    }
    rowCount
    newCount
    updatedCount
    unchangedCount
    invalidCount
    reviewCount
    kindCounts {
      kind
      count
    }
    failureReason
    failureMessage
    interruptedPhase
    interruptedAt
    progress {
      processed
      total
    }
  }
`);

const PreviewMutation = graphql(`
  mutation PreviewRegistryImport($input: PreviewRegistryImportInput!) {
    previewRegistryImport(input: $input) {
      id
      ...RegistryImportJob_RegistryImportFragment
    }
  }
`);

const ApplyMutation = graphql(`
  mutation ApplyRegistryImport($input: ApplyRegistryImportInput!) {
    applyRegistryImport(input: $input) {
      id
      ...RegistryImportJob_RegistryImportFragment
    }
  }
`);

// Polled while a dry run or an apply runs in the background: progress, then the result when it ends.
const ProgressQuery = graphql(`
  query RegistryImportProgress($id: ID!) {
    registryImport(id: $id) {
      id
      ...RegistryImportJob_RegistryImportFragment
    }
  }
`);

const isField = (v: string): v is RegistryImportField =>
  (REGISTRY_IMPORT_FIELDS as readonly string[]).includes(v);

const MAPPING_REASONS = [
  'legal_name_required',
  'identifier_required',
  'field_twice',
  'unknown_column',
] as const;

/**
 * One import: steps 2 and 3 — match the columns, dry-run, read the counts and invalid rows, apply with a
 * confirmation — with a progress bar while the server works.
 */
export function RegistryImportJob(props: {
  job: FragmentType<typeof RegistryImportJob_RegistryImportFragment>;
}) {
  const { t } = useTranslation('registryImport');
  const format = useFormat();
  const failureText = useFailureText();
  const job = getFragmentData(RegistryImportJob_RegistryImportFragment, props.job);
  const [mapping, setMapping] = useState<Record<string, RegistryImportField | ''>>(() =>
    Object.fromEntries(job.mapping.map((m) => [m.column, m.field ?? ''])),
  );
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const [preview, previewState] = useMutation(PreviewMutation);
  const [apply, applyState] = useMutation(ApplyMutation);
  const running = job.status === 'PREVIEWING' || job.status === 'APPLYING';
  const busy = previewState.loading || applyState.loading;
  useQuery(ProgressQuery, {
    variables: { id: job.id },
    skip: !running,
    pollInterval: 500,
    fetchPolicy: 'network-only',
  });
  // When the background work ends, the rows, the invalid rows and the list of imports are read again.
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void client.refetchQueries({ include: ['ImportProblems', 'ImportRows', 'RegistryImportPage'] });
    }
    wasRunning.current = running;
  }, [running, client]);

  const mappingErrors = Object.fromEntries(MAPPING_REASONS.map((r) => [r, t(`job.mappingErrors.${r}`)]));
  const failed = (error: unknown) => setProblem(failureText(error, mappingErrors));

  const runPreview = async () => {
    setProblem(null);
    setConfirming(false);
    try {
      await preview({
        variables: {
          input: {
            id: job.id,
            version: job.version,
            mapping: job.columns.map((column) => ({ column, field: mapping[column] || null })),
          },
        },
      });
    } catch (error) {
      failed(error);
    }
  };

  const runApply = async () => {
    setProblem(null);
    setConfirming(false);
    try {
      await apply({ variables: { input: { id: job.id, version: job.version } } });
    } catch (error) {
      failed(error);
    }
  };

  const applied = job.status === 'APPLIED';
  const editable = !applied && !busy && !running;
  const hasCounts = job.newCount !== null && job.newCount !== undefined && !running;
  const n = (v: number | null | undefined) => format.number(v ?? 0);
  const working = busy || running;
  const applyingNow = applyState.loading || job.status === 'APPLYING';
  const kinds = job.kindCounts
    .filter((k) => k.count > 0)
    .map((k) => t(`kindCount.${k.kind}`, { count: k.count }))
    .join(', ');
  // Exactly what the apply will do, from the dry run whose version the apply sends.
  const confirmation =
    t('job.confirmAdd', { count: job.newCount ?? 0 }) +
    (kinds ? t('job.confirmKinds', { kinds }) : '') +
    t('job.confirmUpdate', { count: job.updatedCount ?? 0 }) +
    t('job.confirmUntouched', {
      unchanged: n(job.unchangedCount),
      invalid: n(job.invalidCount),
    }) +
    (job.reviewCount ? t('job.confirmReview', { count: job.reviewCount }) : '');

  return (
    <div className="stack">
      <p className="muted">
        {job.format === 'XLSX'
          ? t('job.detectedXlsx', { count: job.columns.length })
          : t('job.detected', {
              format: job.format,
              encoding: job.encoding ? t(`enums.RegistryFileEncoding.${job.encoding}`) : '',
              separator: job.separator ?? '',
              count: job.columns.length,
            })}
      </p>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {job.status === 'FAILED' && (
        <Notice tone="error" role="alert">
          {t('job.failed')}{' '}
          {job.failureReason ? t(`enums.RegistryImportFailure.${job.failureReason}`) : job.failureMessage}
        </Notice>
      )}
      {job.interruptedPhase && job.interruptedAt && !running && (
        <Notice tone="info" role="status">
          {t(`job.interrupted.${job.interruptedPhase}`, {
            when: format.dateTime(job.interruptedAt),
          })}
        </Notice>
      )}
      {applied && (
        <Notice tone="success">
          {t('job.applied', { new: n(job.newCount), updated: n(job.updatedCount) })}
        </Notice>
      )}

      {!applied && (
        <Card title={t('job.mappingHeading')} headingLevel={3}>
          <p className="muted">{t('job.mappingIntro')}</p>
          <div className="registry-import__mapping">
            {job.columns.map((column) => (
              <Select
                key={column}
                label={t('job.mappingColumn', { column })}
                value={mapping[column] ?? ''}
                disabled={!editable}
                placeholder={t('job.ignore')}
                options={REGISTRY_IMPORT_FIELDS.map((f) => ({
                  value: f,
                  label: t(`enums.RegistryImportField.${f}`),
                }))}
                onChange={(e) => {
                  const value = e.target.value;
                  setMapping((m) => ({ ...m, [column]: isField(value) ? value : '' }));
                }}
              />
            ))}
          </div>
          <div className="form__actions">
            <Button busy={previewState.loading} disabled={!editable} onClick={() => void runPreview()}>
              {t('job.dryRun')}
            </Button>
          </div>
        </Card>
      )}

      {working && (
        <div aria-live="polite">
          <ProgressBar
            label={t('job.progress')}
            description={t(applyingNow ? 'job.progressApplying' : 'job.progressPreviewing')}
            value={job.progress.processed}
            max={job.progress.total}
            valueText={
              // An XLSX file's rows are counted as they are read: no end to show yet.
              job.progress.total > 0
                ? t('job.progressValue', {
                    processed: format.number(job.progress.processed),
                    total: format.number(job.progress.total),
                  })
                : t('job.progressRows', { processed: format.number(job.progress.processed) })
            }
          />
        </div>
      )}

      {hasCounts && (
        <Card title={t(applied ? 'job.appliedHeading' : 'job.resultHeading')} headingLevel={3}>
          <StatGrid>
            <Stat label={t('counts.rows')} value={n(job.rowCount)} />
            <Stat label={t('counts.new')} value={n(job.newCount)} />
            <Stat label={t(applied ? 'counts.updatedDone' : 'counts.updated')} value={n(job.updatedCount)} />
            <Stat label={t('counts.unchanged')} value={n(job.unchangedCount)} />
            <Stat label={t('counts.invalid')} value={n(job.invalidCount)} />
            <Stat label={t('counts.review')} value={n(job.reviewCount)} />
          </StatGrid>
          {(job.newCount ?? 0) > 0 && (
            <>
              <h4 className="registry-import__subheading">{t('job.kindsHeading')}</h4>
              <StatGrid>
                {job.kindCounts.map((k) => (
                  <Stat key={k.kind} label={t(`enums.FirmKind.${k.kind}`)} value={n(k.count)} />
                ))}
              </StatGrid>
              <h4 className="registry-import__subheading">{t('job.newRowsHeading')}</h4>
              {!applied && <p className="muted">{t('job.newRowsIntro')}</p>}
              <ImportRows
                importId={job.id}
                variant="new"
                version={job.version}
                editable={job.status === 'PREVIEWED' && !busy}
              />
            </>
          )}
          {(job.reviewCount ?? 0) > 0 && (
            <>
              <h4 className="registry-import__subheading">{t('job.reviewHeading')}</h4>
              <p className="muted">{t('job.reviewIntro')}</p>
              <ImportRows importId={job.id} variant="review" version={job.version} editable={false} />
            </>
          )}
          <h4 className="registry-import__subheading">{t('job.problemsHeading')}</h4>
          <ImportProblems importId={job.id} />
          {job.status === 'PREVIEWED' && !confirming && (
            <div className="form__actions">
              <Button disabled={busy} onClick={() => setConfirming(true)}>
                {t('job.apply')}
              </Button>
            </div>
          )}
          {job.status === 'PREVIEWED' && confirming && (
            <div className="registry-import__confirm" role="group" aria-labelledby={`confirm-${job.id}`}>
              <p id={`confirm-${job.id}`}>
                <strong>{t('job.confirmTitle')}</strong> {confirmation}
              </p>
              <div className="form__actions">
                <Button busy={applyState.loading} autoFocus onClick={() => void runApply()}>
                  {t('job.confirmYes')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={applyState.loading}
                  onClick={() => setConfirming(false)}
                >
                  {t('job.confirmNo')}
                </Button>
              </div>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
