import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const DistrictFigures_DistrictSummaryFragment = graphql(`
  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {
    firmCount
    shoeFactoryCount
    supplyChainFirmCount
    inProgressCount
    memberCount
    confirmedLinkCount
  }
`);

/** The district's headline figures as tiles. */
export function DistrictFigures(props: {
  summary: FragmentType<typeof DistrictFigures_DistrictSummaryFragment>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = getFragmentData(DistrictFigures_DistrictSummaryFragment, props.summary);
  return (
    <Card title={t('dashboard.figures.heading')}>
      <StatGrid>
        <Stat label={t('dashboard.figures.firmCount')} value={format.number(s.firmCount)} />
        <Stat label={t('dashboard.figures.shoeFactoryCount')} value={format.number(s.shoeFactoryCount)} />
        <Stat
          label={t('dashboard.figures.supplyChainFirmCount')}
          value={format.number(s.supplyChainFirmCount)}
        />
        <Stat label={t('dashboard.figures.inProgressCount')} value={format.number(s.inProgressCount)} />
        <Stat label={t('dashboard.figures.memberCount')} value={format.number(s.memberCount)} />
        <Stat label={t('dashboard.figures.confirmedLinkCount')} value={format.number(s.confirmedLinkCount)} />
      </StatGrid>
    </Card>
  );
}
