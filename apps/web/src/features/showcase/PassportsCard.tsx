import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const PassportsCard_PassportFragment = graphql(`
  fragment PassportsCard_PassportFragment on Passport {
    id
    name
    productLine
    manufacturer {
      name
      municipality
    }
    traceability {
      tiers {
        tier
        tracedWeightPercent
      }
    }
  }
`);

/** The latest published Digital Product Passports, each linked to its page. */
export function PassportsCard(props: {
  passports: readonly FragmentType<typeof PassportsCard_PassportFragment>[];
}) {
  const { t } = useTranslation('passport');
  const passports = props.passports.map((p) => getFragmentData(PassportsCard_PassportFragment, p));
  if (passports.length === 0) return null;
  return (
    <Card title={t('listHeading')}>
      <p className="muted">{t('listIntro')}</p>
      <ul className="showcase-passports">
        {passports.map((p) => (
          <li key={p.id}>
            <Link to={`/showcase/passports/${p.id}`}>{p.name}</Link>
            {` · ${[p.manufacturer.name, p.manufacturer.municipality].filter(Boolean).join(', ')} · `}
            {t('traced', {
              value: p.traceability.tiers[0]?.tracedWeightPercent ?? 0,
              tier: 1,
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
