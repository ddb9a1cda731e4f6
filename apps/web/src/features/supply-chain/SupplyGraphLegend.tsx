import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { SOLE_SOURCE_COLOUR } from './graph-colours';
import { FIRM_KINDS, KIND_COLOURS } from './kinds';

/** What the graph's colours, sizes, shapes and lines mean. */
export function SupplyGraphLegend() {
  const { t } = useTranslation('supplyChain');
  return (
    <section className="sc-legend-box" aria-labelledby="sc-legend-heading">
      <h3 id="sc-legend-heading" className="field__label">
        {t('graph.legend')}
      </h3>
      <ul className="sc-legend">
        {FIRM_KINDS.map((kind) => (
          <LegendEntry
            key={kind}
            mark="sc-swatch"
            style={{ background: KIND_COLOURS[kind] }}
            label={t(`enums.FirmKind.${kind}`)}
          />
        ))}
        <LegendEntry mark="sc-swatch sc-swatch--sizes" label={t('graph.legendSize')} />
        <LegendEntry mark="sc-swatch sc-swatch--expandable" label={t('graph.legendExpandable')} />
        <LegendEntry mark="sc-swatch sc-swatch--spof" label={t('graph.legendSpof')} />
        <LegendEntry mark="sc-swatch sc-swatch--ceased" label={t('graph.legendCeased')} />
        <LegendEntry
          mark="sc-line"
          style={{ borderTopColor: SOLE_SOURCE_COLOUR }}
          label={t('graph.legendSole')}
        />
        <LegendEntry mark="sc-line sc-line--pending" label={t('graph.legendPending')} />
      </ul>
    </section>
  );
}

/** One entry: its mark as the graph draws it (a swatch or a line, hidden from screen readers), then its meaning. */
function LegendEntry({ mark, style, label }: { mark: string; style?: CSSProperties; label: string }) {
  return (
    <li>
      <span className={mark} style={style} aria-hidden="true" />
      {label}
    </li>
  );
}
