import { useState } from 'react';
import { graphql } from '../gql';
import { Button } from './Button';

/** "Show more" under a list: busy while the next part loads (`loadMore` fetches or reveals it). */
export function ShowMoreButton({ label, loadMore }: { label: string; loadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  return (
    <Button
      variant="secondary"
      busy={loading}
      onClick={() => {
        setLoading(true);
        void loadMore().finally(() => setLoading(false));
      }}
    >
      {label}
    </Button>
  );
}

/** What ShowMore reads of a paged list: spread it with `@unmask` in the list's `pageInfo`. */
export const ShowMore_PageInfoFragment = graphql(`
  fragment ShowMore_PageInfoFragment on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** A connection's page info, as every paged list of the API returns it. */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * "Show more" under a cursor-paged list, there while the list has a next page: `loadMore(after)` fetches
 * the page after the last one shown (usually `result.fetchMore`).
 */
export function ShowMore({
  label,
  pageInfo,
  loadMore,
}: {
  label: string;
  pageInfo: PageInfo;
  loadMore: (after: string) => Promise<unknown>;
}) {
  const { hasNextPage, endCursor } = pageInfo;
  if (!hasNextPage || !endCursor) return null;
  return <ShowMoreButton label={label} loadMore={() => loadMore(endCursor)} />;
}
