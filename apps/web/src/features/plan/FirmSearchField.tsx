import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSettled } from '../../lib/useSettled';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import './plan.css';

const FirmSearchQuery = graphql(`
  query FirmSearch($search: String!) {
    firms(search: $search, first: 10) {
      edges {
        node {
          id
          legalName
        }
      }
    }
  }
`);

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
  const term = useSettled(search.trim(), 250);
  const found = useQuery(FirmSearchQuery, { variables: { search: term }, skip: term.length < 2 });
  const results = (found.data?.firms.edges ?? [])
    .map((e) => e.node)
    .filter((f) => !props.exclude.some((x) => x.id === f.id));

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
        {term.length >= 2 && found.data && results.length === 0 && (
          <p className="muted">{t('firmSearch.none')}</p>
        )}
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
