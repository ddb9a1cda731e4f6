import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Entities read as JSON that PostgreSQL builds, for read-heavy paths that fetch a page and its related
 * rows in one statement: no ORM hydration, the same objects (and value types) TypeORM would give.
 */

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);
/** pg hands these as text (exact); so does the JSON built here. */
const TEXT_TYPES = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8']);

const columnsOf = (ds: DataSource, entity: EntityTarget<ObjectLiteral>): ColumnMetadata[] =>
  ds.getMetadata(entity).columns;

/** Each entity's property names, found once. */
const propertiesOf = new WeakMap<object, string[]>();

/** The entity's column properties (for the columns a query selects, common/selection.ts). */
export function entityColumnNames(ds: DataSource, entity: EntityTarget<ObjectLiteral>): string[] {
  const metadata = ds.getMetadata(entity);
  let names = propertiesOf.get(metadata);
  if (!names) {
    names = metadata.columns.map((c) => c.propertyName);
    propertiesOf.set(metadata, names);
  }
  return names;
}

/**
 * `json_build_object(…)` of the entity's columns in the row `alias`, keyed by property name; only the
 * `properties` given, when given (the entity's other properties are then undefined).
 */
export function entityJsonSql(
  ds: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  properties?: readonly string[] | null,
): string {
  const columns = columnsOf(ds, entity).filter((c) => !properties || properties.includes(c.propertyName));
  // json_build_object takes at most 100 arguments (PostgreSQL's FUNC_MAX_ARGS): 50 columns.
  if (columns.length > 50) throw new Error(`${ds.getMetadata(entity).name} has more than 50 columns`);
  const pairs = columns.map((c) => {
    const value = `${alias}.${c.databaseName}`;
    return `'${c.propertyName}', ${TEXT_TYPES.has(c.type) ? `${value}::text` : value}`;
  });
  return `json_build_object(${pairs.join(', ')})`;
}

/** Each entity's timestamp properties, found once. */
const timestampsOf = new WeakMap<object, string[]>();

/**
 * The entity from an object of `entityJsonSql`, in place (no copy, no walk over every column): timestamps
 * become Dates again. A plain object with the entity's properties, not an instance of its class (setting
 * the prototype cost more than the rest): for GraphQL, not for TypeORM nor for a shared loader whose
 * readers check `instanceof`.
 */
export function entityFromJson<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const metadata = ds.getMetadata(entity);
  let timestamps = timestampsOf.get(metadata);
  if (!timestamps) {
    timestamps = metadata.columns.filter((c) => TIMESTAMP_TYPES.has(c.type)).map((c) => c.propertyName);
    timestampsOf.set(metadata, timestamps);
  }
  for (const p of timestamps) {
    const value = json[p];
    if (typeof value === 'string') json[p] = new Date(value);
  }
  return json as T;
}
