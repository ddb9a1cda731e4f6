import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { firmsIt } from './firms.i18n';
import { anchorOf } from './profile-form';

export const CompletenessMeter_FirmFragment = graphql(`
  fragment CompletenessMeter_FirmFragment on Firm {
    id
    completeness {
      percent
      missing
    }
  }
`);

type FieldName = keyof typeof firmsIt.fields;
const isField = (name: string): name is FieldName => Object.hasOwn(firmsIt.fields, name);

/** How complete the profile is, and a link to each missing field that moves focus there. */
export function CompletenessMeter(props: { firm: FragmentType<typeof CompletenessMeter_FirmFragment> }) {
  const { t } = useTranslation('firms');
  const { completeness } = getFragmentData(CompletenessMeter_FirmFragment, props.firm);
  const focus = (id: string) => {
    const el = document.getElementById(id);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
  };
  return (
    <Card title={t('completeness.heading')}>
      <div className="completeness">
        <progress
          className="completeness__bar"
          max={100}
          value={completeness.percent}
          aria-label={t('completeness.label', { percent: completeness.percent })}
        />
        <p className="completeness__value" aria-live="polite">
          {t('completeness.label', { percent: completeness.percent })}
        </p>
      </div>
      {completeness.missing.length === 0 ? (
        <p>{t('completeness.complete')}</p>
      ) : (
        <>
          <p className="muted">{t('completeness.missing')}</p>
          <ul className="tags">
            {completeness.missing.map((name) => (
              <li key={name}>
                <a
                  className="tag tag--link"
                  href={`#${anchorOf(name)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focus(anchorOf(name));
                  }}
                >
                  {isField(name) ? t(`fields.${name}`) : name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
