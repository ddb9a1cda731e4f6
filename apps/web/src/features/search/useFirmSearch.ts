import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useSettled } from '../../lib/useSettled';

const FirmSearchQuery = graphql(`
  query FirmSearch($search: String!) {
    firms(search: $search, first: 10) {
      edges {
        node {
          id
          legalName
          hamlet
        }
      }
    }
  }
`);

/** Shortest search sent: one letter matches half the directory. */
const MIN_SEARCH = 2;

/**
 * The directory's first 10 firms matching `search` (as the directory's own search matches), asked once
 * the person stops typing: `term` is the search asked for (none below two characters), `firms` what came back.
 */
export function useFirmSearch(search: string) {
  const term = useSettled(search.trim(), 250);
  const found = useQuery(FirmSearchQuery, { variables: { search: term }, skip: term.length < MIN_SEARCH });
  const firms = found.data?.firms.edges.map((e) => e.node) ?? [];
  return { term, asked: term.length >= MIN_SEARCH, found, firms };
}
