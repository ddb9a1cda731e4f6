import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ClaimableFirmsQuery } from '../../gql/graphql';
import { useFailureText } from '../../lib/useErrorMessage';

const ClaimableFirmsQueryDocument = graphql(`
  query ClaimableFirms($search: String!) {
    claimableFirms(search: $search) {
      id
      name
      municipality
      vatNumber
      pecHint
    }
  }
`);

export type ClaimableFirm = ClaimableFirmsQuery['claimableFirms'][number];

/** Step one: find the firm by name or Partita IVA and pick it. */
export function ClaimSearch(props: { onChoose(firm: ClaimableFirm): void }) {
  const { t } = useTranslation('claims');
  const failureText = useFailureText();
  const [search, { data, loading, error }] = useLazyQuery(ClaimableFirmsQueryDocument);
  const [tooShort, setTooShort] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('search') ?? '').trim();
    setTooShort(text.length < 2);
    if (text.length >= 2) void search({ variables: { search: text } });
  };

  const firms = data?.claimableFirms;
  return (
    <>
      <form role="search" className="form card claim-search" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('search.label')}
          name="search"
          autoComplete="organization"
          error={tooShort ? t('search.tooShort') : null}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('search.submit')}
          </Button>
        </div>
      </form>
      {error && (
        <Notice tone="error" role="alert">
          {failureText(error)}
        </Notice>
      )}
      {firms && (
        <section aria-live="polite" aria-label={t('search.results', { count: firms.length })}>
          <p>{t('search.results', { count: firms.length })}</p>
          <ul className="claim-results">
            {firms.map((firm) => (
              <li key={firm.id} className="spread card">
                <div>
                  <strong>{firm.name}</strong>
                  <br />
                  {[firm.municipality, firm.vatNumber && t('search.vat', { vat: firm.vatNumber })]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <Button
                  variant="secondary"
                  aria-label={t('search.chooseLabel', { name: firm.name })}
                  onClick={() => props.onChoose(firm)}
                >
                  {t('search.choose')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
