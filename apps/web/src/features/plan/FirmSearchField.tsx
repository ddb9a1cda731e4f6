import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useFirmSearch } from '../search/useFirmSearch';
import './plan.css';

export interface FirmRef {
  id: string;
  legalName: string;
}

/** Searches the directory (10 firms at most) and offers each firm not yet chosen with a button. */
export function FirmSearchField(props: {
  label: string;
  /** Firms already chosen: not offered again. */
  exclude: readonly FirmRef[];
  onPick: (firm: FirmRef) => void;
}) {
  const { t } = useTranslation('plan');
  const [search, setSearch] = useState('');
  const { asked, found, firms } = useFirmSearch(search);
  const results = firms.filter((f) => !props.exclude.some((x) => x.id === f.id));

  return (
    <div className="firm-search">
      <TextField
        label={props.label}
        description={t('firmSearch.hint')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div aria-live="polite">
        {asked && found.data && results.length === 0 && <p className="muted">{t('firmSearch.none')}</p>}
        {found.error && <p className="field__error">{t('errors.network')}</p>}
      </div>
      {results.length > 0 && (
        <ul className="plan-chips" aria-label={t('firmSearch.results')}>
          {results.map((f) => (
            <li key={f.id}>
              {f.legalName}{' '}
              <Button
                variant="secondary"
                onClick={() => props.onPick({ id: f.id, legalName: f.legalName })}
                aria-label={t('firmSearch.pick', { firm: f.legalName })}
              >
                {t('firmSearch.pickShort')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
