import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useConfirm } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFailureText } from '../../lib/useErrorMessage';
import { firmsIt } from '../firms/firms.i18n';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { FirmPicker, type PickedFirm } from './FirmPicker';
import type { firmRegistryIt } from './firm-registry.i18n';
import './firm-registry.css';

const MergePermissionQuery = graphql(`
  query MergePermission {
    me {
      permissions {
        viewerCanManageRegistry
      }
    }
  }
`);

const MergePreviewQuery = graphql(`
  query MergePreview($survivorId: ID!, $mergedId: ID!) {
    firmMergePreview(survivorId: $survivorId, mergedId: $mergedId) {
      survivor {
        id
        legalName
        version
      }
      merged {
        id
        legalName
        version
      }
      fields {
        field
        survivorValue
        mergedValue
        differs
      }
      moves {
        key
        count
      }
      linksBetween
      duplicateLinks
    }
  }
`);

const MergeFirmsMutation = graphql(`
  mutation MergeFirms($input: MergeFirmsInput!) {
    mergeFirms(input: $input) {
      survivor {
        id
      }
    }
  }
`);

type FirmField = keyof typeof firmsIt.fields;
type OwnField = keyof typeof firmRegistryIt.fields;
type MoveKey = keyof typeof firmRegistryIt.moves;
const isFirmField = (f: string): f is FirmField => f in firmsIt.fields;

/** `/firms/merge` (ADMIN, CONSULTANT): two records side by side, the value kept per field, what moves. */
export function MergeFirmsPage() {
  const { t } = useTranslation(['firmRegistry', 'firms']);
  const title = t('merge.title');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const permission = useQuery(MergePermissionQuery);
  const [survivor, setSurvivor] = useState<PickedFirm | null>(
    params.get('survivor')
      ? { id: params.get('survivor')!, legalName: params.get('survivorName') ?? '' }
      : null,
  );
  const [merged, setMerged] = useState<PickedFirm | null>(null);

  if (permission.data?.me && !permission.data.me.permissions.viewerCanManageRegistry)
    return <ForbiddenPage />;
  const same = survivor !== null && merged !== null && survivor.id === merged.id;
  return (
    <>
      <PageHeader title={title} description={t('merge.intro')} />
      <div className="stack">
        <Card title={t('merge.title')}>
          <div className="registry-merge__pickers">
            <FirmPicker legend={t('merge.survivor')} picked={survivor} onPick={setSurvivor} />
            <FirmPicker legend={t('merge.merged')} picked={merged} onPick={setMerged} />
          </div>
          {same && (
            <Notice tone="error" role="alert">
              {t('merge.sameFirm')}
            </Notice>
          )}
        </Card>
        {survivor && merged && !same && (
          <MergePreview key={`${survivor.id}:${merged.id}`} survivorId={survivor.id} mergedId={merged.id} />
        )}
      </div>
    </>
  );
}

function MergePreview(props: { survivorId: string; mergedId: string }) {
  const { t } = useTranslation(['firmRegistry', 'firms']);
  const failureText = useFailureText();
  const navigate = useNavigate();
  const result = useQuery(MergePreviewQuery, { variables: props, fetchPolicy: 'network-only' });
  const [fromMerged, setFromMerged] = useState<Set<string>>(new Set());
  const [merge, { loading }] = useMutation(MergeFirmsMutation, { refetchQueries: ['FirmsPage'] });
  const [ask, confirmation] = useConfirm();
  const [problem, setProblem] = useState<string | null>(null);

  const label = (field: string) =>
    isFirmField(field) ? t(`firms:fields.${field}`) : t(`fields.${field as OwnField}`);
  const choose = (field: string, takeMerged: boolean) =>
    setFromMerged((s) => {
      const next = new Set(s);
      if (takeMerged) next.add(field);
      else next.delete(field);
      return next;
    });
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length))
      return t('merge.empty');
    if (typeof value === 'boolean') return value ? t('merge.yes') : t('merge.no');
    return Array.isArray(value) ? value.join(', ') : String(value);
  };

  return (
    <QueryState result={result}>
      {(data) => {
        const p = data.firmMergePreview;
        const differing = p.fields.filter((f) => f.differs);
        const moves = p.moves.filter((m) => m.count > 0);
        const onMerge = async () => {
          setProblem(null);
          const confirmed = await ask({
            title: t('merge.confirmTitle', {
              merged: p.merged.legalName,
              survivor: p.survivor.legalName,
            }),
            message: t('merge.confirmMessage'),
            confirmLabel: t('merge.confirm'),
          });
          if (!confirmed) return;
          try {
            const res = await merge({
              variables: {
                input: {
                  survivorId: p.survivor.id,
                  survivorVersion: p.survivor.version,
                  mergedId: p.merged.id,
                  mergedVersion: p.merged.version,
                  takeFromMerged: [...fromMerged],
                },
              },
            });
            if (res.data) await navigate(`/firms/${res.data.mergeFirms.survivor.id}`);
          } catch (error) {
            setProblem(failureText(error));
          }
        };
        return (
          <>
            <Card title={t('merge.fieldsTitle')}>
              {differing.length === 0 ? (
                <p className="muted">{t('merge.noDifferences')}</p>
              ) : (
                <>
                  <p className="muted">{t('merge.fieldsIntro')}</p>
                  <Table
                    caption={t('merge.fieldsTitle')}
                    captionHidden
                    columns={[t('merge.field'), p.survivor.legalName, p.merged.legalName]}
                  >
                    <tbody>
                      {differing.map((f) => (
                        <MergeFieldRow
                          key={f.field}
                          field={f.field}
                          label={label(f.field)}
                          values={[show(f.survivorValue), show(f.mergedValue)]}
                          takeMerged={fromMerged.has(f.field)}
                          onChoose={(takeMerged) => choose(f.field, takeMerged)}
                        />
                      ))}
                    </tbody>
                  </Table>
                </>
              )}
            </Card>
            <Card title={t('merge.movesTitle')}>
              {moves.length === 0 ? (
                <p className="muted">{t('merge.nothingMoves')}</p>
              ) : (
                <Table
                  caption={t('merge.movesTitle')}
                  captionHidden
                  columns={[t('merge.move'), t('merge.count')]}
                >
                  <tbody>
                    {moves.map((m) => (
                      <tr key={m.key}>
                        <th scope="row">{t(`moves.${m.key as MoveKey}`, { defaultValue: m.key })}</th>
                        <td className="tabular">{m.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
              {p.linksBetween > 0 && <p>{t('merge.linksBetween', { count: p.linksBetween })}</p>}
              {p.duplicateLinks > 0 && <p>{t('merge.duplicateLinks', { count: p.duplicateLinks })}</p>}
              {problem && (
                <Notice tone="error" role="alert">
                  {problem}
                </Notice>
              )}
              <div className="form__actions">
                <Button busy={loading} onClick={() => void onMerge()}>
                  {t('merge.submit')}
                </Button>
              </div>
            </Card>
            {confirmation}
          </>
        );
      }}
    </QueryState>
  );
}

/** A field the two records disagree on: one radio per record, "keep" its value (the survivor's first). */
function MergeFieldRow(props: {
  field: string;
  label: string;
  values: readonly [survivor: string, merged: string];
  takeMerged: boolean;
  onChoose(takeMerged: boolean): void;
}) {
  const { t } = useTranslation('firmRegistry');
  return (
    <tr>
      <th scope="row">{props.label}</th>
      {[false, true].map((takeMerged) => (
        <td key={String(takeMerged)}>
          <label className="registry-merge__choice">
            <input
              type="radio"
              name={`merge-${props.field}`}
              checked={props.takeMerged === takeMerged}
              onChange={() => props.onChoose(takeMerged)}
            />
            <span>{t('merge.keep', { value: props.values[takeMerged ? 1 : 0] })}</span>
          </label>
        </td>
      ))}
    </tr>
  );
}
