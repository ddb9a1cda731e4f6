import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShowMore, type PageInfo } from '../../components/ShowMoreButton';
import { Table } from '../../components/Table';
import { useFormat } from '../../i18n/format';

/** A page of a dry run's lines, as the API's keyset connections give it. */
export interface LinesPage<TNode extends { line: number }> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: readonly { node: TNode }[];
}

/**
 * A dry run's lines as a table, first column the file's line: the empty message when there are none,
 * and "show more", which asks `loadMore` for the next page (merged into the connection by its type policy).
 */
export function ImportLinesTable<TNode extends { line: number }>(props: {
  page: LinesPage<TNode>;
  caption: string;
  empty: string;
  more: string;
  /** Headers of the columns after the line's. */
  columns: readonly string[];
  cells: (node: TNode) => ReactNode;
  loadMore: (after: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('registryImport');
  const format = useFormat();
  const { page } = props;
  if (page.totalCount === 0) return <p className="muted">{props.empty}</p>;
  return (
    <>
      <Table caption={props.caption} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('job.line')}</th>
            {props.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.edges.map(({ node }) => (
            <tr key={node.line}>
              <th scope="row" className="tabular">
                {format.number(node.line)}
              </th>
              {props.cells(node)}
            </tr>
          ))}
        </tbody>
      </Table>
      <ShowMore label={props.more} pageInfo={page.pageInfo} loadMore={props.loadMore} />
    </>
  );
}
