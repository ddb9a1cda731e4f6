import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { FirmFacts } from './FirmFacts';
import { useSettled } from '../../lib/useSettled';

const PickFirmsQuery = graphql(`
  query PickFirms($name: String!, $vatNumber: String) {
    similarFirms(name: $name, vatNumber: $vatNumber) {
      firm {
        id
        legalName
        ...FirmFacts_FirmFragment
      }
    }
  }
`);

export interface PickedFirm {
  id: string;
  legalName: string;
}

/** Finds a firm by name (similar names, any municipality) or Partita IVA and picks it. */
export function FirmPicker(props: {
  legend: string;
  picked: PickedFirm | null;
  onPick(firm: PickedFirm | null): void;
}) {
  const { t } = useTranslation('firmRegistry');
  const headingId = useId();
  const [text, setText] = useState('');
  const settled = useSettled(text.trim());
  const isVat = /^(IT)?[0-9 ]{11,}$/i.test(settled);
  const result = useQuery(PickFirmsQuery, {
    variables: { name: isVat ? '' : settled, vatNumber: isVat ? settled : null },
    skip: props.picked !== null || settled.length < 3,
  });
  const firms = result.data?.similarFirms.map((s) => s.firm) ?? [];
  return (
    <fieldset className="registry-picker">
      <legend id={headingId}>{props.legend}</legend>
      {props.picked ? (
        <p className="cluster">
          <strong>{t('merge.picked', { name: props.picked.legalName })}</strong>
          <Button variant="secondary" onClick={() => props.onPick(null)}>
            {t('merge.change')}
          </Button>
        </p>
      ) : (
        <>
          <TextField
            label={t('merge.search')}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div aria-live="polite">
            {settled.length >= 3 && !result.loading && firms.length === 0 && (
              <p className="muted">{t('merge.noResults')}</p>
            )}
            {firms.length > 0 && (
              <ul className="registry-picker__list" aria-labelledby={headingId}>
                {firms.map((f) => (
                  <li key={f.id}>
                    <span>
                      {f.legalName} <FirmFacts firm={f} />
                    </span>
                    <Button
                      variant="secondary"
                      aria-label={`${t('merge.pick')}: ${f.legalName}`}
                      onClick={() => props.onPick({ id: f.id, legalName: f.legalName })}
                    >
                      {t('merge.pick')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}
