import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const AdhesionCounters_AdhesionCountersFragment = graphql(`
  fragment AdhesionCounters_AdhesionCountersFragment on AdhesionCounters {
    inProgress
    signed
    registered
    districtTotal
  }
`);

/** Firms in progress, members and registered firms against the district total: the figures everyone sees. */
export function AdhesionCounters(props: {
  counters: FragmentType<typeof AdhesionCounters_AdhesionCountersFragment>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('adhesions');
  const format = useFormat();
  const c = getFragmentData(AdhesionCounters_AdhesionCountersFragment, props.counters);
  return (
    <Card title={t('counters.heading')} headingLevel={props.headingLevel}>
      <StatGrid>
        <Stat label={t('counters.inProgress')} value={format.number(c.inProgress)} />
        <Stat label={t('counters.signed')} value={format.number(c.signed)} />
        <Stat label={t('counters.registered')} value={format.number(c.registered)} />
        <Stat label={t('counters.districtTotal')} value={format.number(c.districtTotal)} />
      </StatGrid>
    </Card>
  );
}
