import type { ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What a query selects, for read paths that fetch only the columns asked for (the directory page, the
 * supply chain): the trees come from graphql-parse-resolve-info (aliases and fragments merged).
 */

/** The fields selected under a field, whatever the type condition. */
export const subfields = (tree: ResolveTree): ResolveTree[] =>
  Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));

/** The subfields named `name` of each tree (a field asked twice under aliases counts twice). */
export const fieldsNamed = (trees: readonly ResolveTree[], name: string): ResolveTree[] =>
  trees.flatMap((t) => subfields(t).filter((f) => f.name === name));

/**
 * The entity properties that the selections `trees` of one type read: `always` plus, for each field,
 * `readsOf[field]` when given (e.g. a contact that checks `publicFields`, a field that reads no column),
 * else the column of the same name. A field that is neither (computed from several columns, or unknown
 * here) makes it every column: null.
 */
export function selectedColumns(
  trees: readonly ResolveTree[],
  columnNames: readonly string[],
  readsOf: Readonly<Record<string, readonly string[]>>,
  always: readonly string[] = ['id'],
): string[] | null {
  const columns = new Set(always);
  for (const field of trees.flatMap(subfields)) {
    const read = readsOf[field.name] ?? (columnNames.includes(field.name) ? [field.name] : null);
    if (!read) return null;
    read.forEach((c) => columns.add(c));
  }
  return [...columns].sort();
}
