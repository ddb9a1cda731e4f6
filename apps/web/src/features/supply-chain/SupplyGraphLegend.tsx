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
          <li key={kind}>
            <span className="sc-swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" />
            {t(`enums.FirmKind.${kind}`)}
          </li>
        ))}
        <li>
          <span className="sc-swatch sc-swatch--sizes" aria-hidden="true" />
          {t('graph.legendSize')}
        </li>
        <li>
          <span className="sc-swatch sc-swatch--expandable" aria-hidden="true" />
          {t('graph.legendExpandable')}
        </li>
        <li>
          <span className="sc-swatch sc-swatch--spof" aria-hidden="true" />
          {t('graph.legendSpof')}
        </li>
        <li>
          <span className="sc-swatch sc-swatch--ceased" aria-hidden="true" />
          {t('graph.legendCeased')}
        </li>
        <li>
          <span className="sc-line" style={{ borderTopColor: SOLE_SOURCE_COLOUR }} aria-hidden="true" />
          {t('graph.legendSole')}
        </li>
        <li>
          <span className="sc-line sc-line--pending" aria-hidden="true" />
          {t('graph.legendPending')}
        </li>
      </ul>
    </section>
  );
}
