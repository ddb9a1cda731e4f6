import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select, type SelectOption } from '../../components/Select';

/** The source value of a line supplied from outside the district. */
export const OUTSIDE = 'outside';

/**
 * Where a line comes from: not given, one of the given confirmed suppliers (value: its id), or outside
 * the district, then with the country. Shared by a bill of materials and a supplier's inputs.
 */
export function SourceFields(props: {
  source: string;
  outsideCountry: string;
  suppliers: readonly { supplier: { id: string; legalName: string; tradeName?: string | null } }[];
  countries: readonly SelectOption[];
  onChange(change: { source?: string; outsideCountry?: string }): void;
  description?: string;
  sourceError?: string | null;
  countryError?: string | null;
}) {
  const { t } = useTranslation('articles');
  return (
    <>
      <Select
        label={t('form.source')}
        value={props.source}
        options={[
          { value: '', label: t('form.sourceUnknown') },
          ...props.suppliers.map((c) => ({
            value: c.supplier.id,
            label: c.supplier.tradeName ?? c.supplier.legalName,
          })),
          { value: OUTSIDE, label: t('form.sourceOutside') },
        ]}
        description={props.description}
        onChange={(e) => props.onChange({ source: e.target.value })}
        error={props.sourceError}
      />
      {props.source === OUTSIDE && (
        <Select
          label={t('form.outsideCountry')}
          value={props.outsideCountry}
          placeholder={t('form.noCountry')}
          options={props.countries}
          onChange={(e) => props.onChange({ outsideCountry: e.target.value })}
          error={props.countryError}
        />
      )}
    </>
  );
}

/** One numbered line of a list form (bill of materials, inputs): its fields and a button removing it. */
export function LineFieldset(props: { n: number; onRemove(): void; children: ReactNode; after?: ReactNode }) {
  const { t } = useTranslation('articles');
  return (
    <li>
      <fieldset className="bom__line">
        <legend>{t('form.line', { n: props.n })}</legend>
        <div className="bom__fields">{props.children}</div>
        {props.after}
        <Button type="button" variant="quiet" onClick={props.onRemove}>
          {t('form.removeLine', { n: props.n })}
        </Button>
      </fieldset>
    </li>
  );
}
