import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import type { FundingSource } from '../../gql/graphql';
import { FUNDING_SOURCES } from './plan-helpers';

/** A budget line as typed: the amount stays text until it is sent. */
export interface BudgetLine {
  key: number;
  year: string;
  source: FundingSource;
  amount: string;
}

let nextKey = 1;

/** A line for `year`, paid by the network fund, with no amount yet. */
export const newBudgetLine = (year: string, line: Partial<BudgetLine> = {}): BudgetLine => ({
  key: nextKey++,
  year,
  source: 'NETWORK_FUND',
  amount: '',
  ...line,
});

/**
 * An action's budget lines (year, funding source, amount), each removable down to `minLines`, and "add a
 * line". `error(i, field)` is the message for a line's field (the form's own check or the API's).
 */
export function BudgetLines(props: {
  lines: readonly BudgetLine[];
  onChange(lines: BudgetLine[]): void;
  years: readonly number[];
  minLines: number;
  error(index: number, field: 'year' | 'fundingSource' | 'amount'): string | null;
}) {
  const { t } = useTranslation('plan');
  const { lines, onChange } = props;
  const patch = (key: number, p: Partial<BudgetLine>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...p } : l)));
  return (
    <>
      {lines.map((line, i) => (
        <div key={line.key} className="plan-form__row" role="group" aria-label={t('form.line', { n: i + 1 })}>
          <Select
            label={t('form.year')}
            value={line.year}
            options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(e) => patch(line.key, { year: e.target.value })}
            error={props.error(i, 'year')}
          />
          <Select
            label={t('form.source')}
            value={line.source}
            options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`funding.${s}`) }))}
            onChange={(e) =>
              patch(line.key, { source: FUNDING_SOURCES.find((s) => s === e.target.value) ?? line.source })
            }
            error={props.error(i, 'fundingSource')}
          />
          <TextField
            label={t('form.amount')}
            inputMode="decimal"
            value={line.amount}
            onChange={(e) => patch(line.key, { amount: e.target.value })}
            error={props.error(i, 'amount')}
          />
          {lines.length > props.minLines && (
            <Button variant="quiet" onClick={() => onChange(lines.filter((l) => l.key !== line.key))}>
              {t('form.removeLine', { n: i + 1 })}
            </Button>
          )}
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => onChange([...lines, newBudgetLine(String(props.years[0] ?? ''))])}
      >
        {t('form.addLine')}
      </Button>
    </>
  );
}
