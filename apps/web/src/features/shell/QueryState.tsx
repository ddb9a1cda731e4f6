import type { ReactNode } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { describeError } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';

/** The parts of a useQuery result this needs. */
export interface QueryResultLike<TData> {
  data: TData | undefined;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * Renders a page's query: its data when there is some, else the error (with retry), else "Loading…".
 * Data already on screen stays while it is refreshed.
 */
export function QueryState<TData>({
  result,
  children,
}: {
  result: QueryResultLike<TData>;
  children: (data: TData) => ReactNode;
}) {
  const errorMessage = useErrorMessage();
  if (result.data !== undefined) return children(result.data);
  if (result.error) {
    const problem = describeError(result.error);
    return <ErrorState message={errorMessage(problem.form)} onRetry={() => void result.refetch()} />;
  }
  return <LoadingState />;
}
