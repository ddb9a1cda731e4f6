import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MATERIALS } from '@filiera/shared';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select, type SelectOption } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useFormat, useLanguage } from '../../i18n/format';
import { useReadNumber } from '../../i18n/number';
import { emptyLine, newKey, type CompositionRow, type LineValue } from './lines';
import { LineFieldset, OUTSIDE, SourceFields } from './SourceFields';

export type Choice = {
  supplier: { id: string; legalName: string; tradeName?: string | null };
  capability: { id: string };
};

/** What is wrong with the typed lines, found before sending them (the server checks again). */
export interface LineProblems {
  lines: { share: string | null; composition: string | null; rows: (string | null)[] }[];
  total: number;
  totalError: string | null;
  any: boolean;
}

const SHARE = { min: 0, max: 100 };
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Checks shares and compositions: numbers in the interface language, 0–100, sums at most 100. */
export function useLineProblems(): (lines: readonly LineValue[]) => LineProblems {
  const { t } = useTranslation('articles');
  const format = useFormat();
  const read = useReadNumber();
  return (lines) => {
    let total = 0;
    const out = lines.map((l) => {
      const share = read(l.share, SHARE);
      total += share.value ?? 0;
      let sum = 0;
      const rows = l.composition.map((m) => {
        const percent = read(m.percent, SHARE);
        sum += percent.value ?? 0;
        if (percent.error) return percent.error;
        if (!m.material.trim() && m.percent.trim()) return t('composition.materialRequired');
        return null;
      });
      const composition =
        sum > 100.001 ? t('composition.over100', { value: format.number(oneDecimal(sum)) }) : null;
      return { share: share.error, composition, rows };
    });
    const totalError =
      total > 100.001 ? t('form.totalOver100', { value: format.number(oneDecimal(total)) }) : null;
    const any = Boolean(totalError) || out.some((l) => l.share || l.composition || l.rows.some(Boolean));
    return { lines: out, total: oneDecimal(total), totalError, any };
  };
}

/**
 * The numbered lines of a bill of materials or of a supplier's inputs: what each line is, its source
 * (a confirmed supplier of that capability, outside the district or not given), material, origin and
 * share; with `detailed`, also the composition and certifications of a bill of materials' component.
 */
export function LineList(props: {
  lines: readonly LineValue[];
  onChange(lines: LineValue[]): void;
  capabilities: readonly SelectOption[];
  choices: readonly Choice[];
  capabilityLabel: string;
  shareLabel: string;
  detailed?: boolean;
  problems: LineProblems;
  /** The server's message for a line's field, by the API's field path below the list. */
  serverError(field: string): string | null;
  countries: readonly SelectOption[];
}) {
  const { t } = useTranslation('articles');
  const language = useLanguage();
  const format = useFormat();
  const materialsId = useId();
  const set = (key: number, change: Partial<LineValue>) =>
    props.onChange(props.lines.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const setRow = (line: LineValue, key: number, change: Partial<CompositionRow>) =>
    set(line.key, { composition: line.composition.map((m) => (m.key === key ? { ...m, ...change } : m)) });

  return (
    <>
      <datalist id={materialsId}>
        {MATERIALS.map((m) => (
          <option key={m.it} value={m[language]} />
        ))}
      </datalist>
      <ol className="bom">
        {props.lines.map((l, i) => {
          const problems = props.problems.lines[i];
          const suppliers = props.choices.filter((c) => c.capability.id === l.capabilityId);
          const error = (field: string) => props.serverError(`${i}.${field}`);
          return (
            <LineFieldset
              key={l.key}
              n={i + 1}
              onRemove={() => props.onChange(props.lines.filter((x) => x.key !== l.key))}
              after={
                props.detailed && (
                  <fieldset className="composition">
                    <legend>{t('composition.legend', { n: i + 1 })}</legend>
                    <p className="muted">{t('composition.help')}</p>
                    {l.composition.map((m, j) => (
                      <div className="composition__row" key={m.key}>
                        <TextField
                          label={t('composition.material', { n: j + 1 })}
                          value={m.material}
                          list={materialsId}
                          onChange={(e) => setRow(l, m.key, { material: e.target.value })}
                          error={error(`composition.${j}.material`)}
                        />
                        <TextField
                          label={t('composition.percent', { n: j + 1 })}
                          inputMode="decimal"
                          value={m.percent}
                          onChange={(e) => setRow(l, m.key, { percent: e.target.value })}
                          error={problems?.rows[j] ?? error(`composition.${j}.percent`)}
                        />
                        <Button
                          type="button"
                          variant="quiet"
                          onClick={() =>
                            set(l.key, { composition: l.composition.filter((x) => x.key !== m.key) })
                          }
                        >
                          {t('composition.remove', { n: j + 1 })}
                        </Button>
                      </div>
                    ))}
                    {(problems?.composition ?? error('composition')) && (
                      <p className="field__error" role="alert">
                        {problems?.composition ?? error('composition')}
                      </p>
                    )}
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() =>
                        set(l.key, {
                          composition: [...l.composition, { key: newKey(), material: '', percent: '' }],
                        })
                      }
                    >
                      {t('composition.add')}
                    </Button>
                  </fieldset>
                )
              }
            >
              <Select
                label={props.capabilityLabel}
                value={l.capabilityId}
                placeholder=""
                options={props.capabilities}
                onChange={(e) => set(l.key, { capabilityId: e.target.value, source: '' })}
                error={error('capabilityId')}
              />
              <SourceFields
                source={l.source}
                outsideCountry={l.outsideCountry}
                suppliers={suppliers}
                countries={props.countries}
                description={l.capabilityId && suppliers.length === 0 ? t('form.noSuppliers') : undefined}
                onChange={(change) => set(l.key, change)}
                sourceError={error('supplierId')}
                countryError={error('outsideCountry')}
              />
              {l.source === OUTSIDE && (
                <TextField
                  label={t('form.outsideRegion')}
                  value={l.outsideRegion}
                  onChange={(e) => set(l.key, { outsideRegion: e.target.value })}
                />
              )}
              <TextField
                label={t('form.material')}
                value={l.material}
                list={materialsId}
                onChange={(e) => set(l.key, { material: e.target.value })}
              />
              <Select
                label={t('form.originCountry')}
                value={l.originCountry}
                placeholder={t('form.noCountry')}
                options={props.countries}
                onChange={(e) => set(l.key, { originCountry: e.target.value })}
                error={error('originCountry')}
              />
              <TextField
                label={t('form.originRegion')}
                value={l.originRegion}
                onChange={(e) => set(l.key, { originRegion: e.target.value })}
              />
              <TextField
                label={props.shareLabel}
                inputMode="decimal"
                value={l.share}
                onChange={(e) => set(l.key, { share: e.target.value })}
                error={problems?.share ?? error('share')}
              />
              {props.detailed && (
                <TextField
                  label={t('form.certifications')}
                  value={l.certifications}
                  onChange={(e) => set(l.key, { certifications: e.target.value })}
                />
              )}
            </LineFieldset>
          );
        })}
      </ol>
      <p className="muted">{t('form.shareTotal', { value: format.number(props.problems.total) })}</p>
      {props.problems.totalError && (
        <Notice tone="error" role="alert">
          {props.problems.totalError}
        </Notice>
      )}
      <Button type="button" variant="secondary" onClick={() => props.onChange([...props.lines, emptyLine()])}>
        {t('form.addLine')}
      </Button>
    </>
  );
}
