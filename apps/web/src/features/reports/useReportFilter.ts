import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportFilter } from '../../gql/graphql';
import { filterFromParams } from './filter';

/** The page's filter, read from the address bar so that a report can be bookmarked and shared. */
export function useReportFilter(): ReportFilter {
  const [params] = useSearchParams();
  const key = params.toString();
  return useMemo(() => filterFromParams(new URLSearchParams(key)), [key]);
}
