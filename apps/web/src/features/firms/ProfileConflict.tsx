import { useTranslation } from 'react-i18next';
import { ConflictPanel } from '../../components/ConflictPanel';
import { changedFields, type FormField, type FormValues } from './profile-form';

/** Someone else saved the profile meanwhile: their latest values and version, and the fields both changed. */
export interface Conflict {
  rows: { field: FormField; theirs: FormValues[FormField]; mine: FormValues[FormField] }[];
  latest: FormValues;
  version: number;
}

/** The conflict between this edit (`mine`, started from `base`) and the server's `latest` at `version`. */
export function conflictWith(
  base: FormValues,
  mine: FormValues,
  latest: FormValues,
  version: number,
): Conflict {
  const theirs = new Set(changedFields(base, latest));
  return {
    rows: changedFields(base, mine)
      .filter((f) => theirs.has(f))
      .map((f) => ({ field: f, theirs: latest[f], mine: mine[f] })),
    latest,
    version,
  };
}

/** This edit's changed fields on top of the server's latest values. */
export function reapplyOnto(base: FormValues, mine: FormValues, latest: FormValues): FormValues {
  const next = { ...latest };
  for (const f of changedFields(base, mine)) (next as Record<FormField, unknown>)[f] = mine[f];
  return next;
}

/** The fields both changed, theirs beside mine, with "re-apply mine" and "discard mine". */
export function ProfileConflict(props: {
  conflict: Conflict;
  fieldLabel: (field: FormField) => string;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('firms');
  const show = (v: FormValues[FormField]) =>
    Array.isArray(v)
      ? v.join(', ') || t('conflict.empty')
      : typeof v === 'boolean'
        ? v
          ? '✓'
          : '✗'
        : v || t('conflict.empty');
  return (
    <ConflictPanel
      heading={t('conflict.heading')}
      rows={props.conflict.rows.map((r) => ({
        key: r.field,
        label: props.fieldLabel(r.field),
        theirs: show(r.theirs),
        mine: show(r.mine),
      }))}
      onReapply={props.onReapply}
      onDiscard={props.onDiscard}
    />
  );
}
