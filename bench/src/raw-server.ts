import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type net from 'node:net';
import pg from 'pg';

/**
 * The practical limit of the raw-limit comparison: a bare Node HTTP server that answers each request with
 * ONE SQL statement through `pg` (pool of 10, as the app's), PostgreSQL building the JSON response. It
 * reads the same GraphQL variables the app does and returns the same rows and fields, but checks no
 * session, validates nothing and runs no GraphQL: what is left is the database's work and one round trip.
 */

/** A directory page's fields as the bench's directory queries select them. */
const NODE = (p: string) => `json_build_object(
    'id', ${p}.id, 'legalName', ${p}.legal_name, 'kind', ${p}.kind, 'hamlet', ${p}.hamlet,
    'adhesionStatus', (SELECT a.status FROM adhesion a WHERE a.firm_id = ${p}.id),
    'supplierCount', (SELECT count(DISTINCT l.supplier_id) FROM supply_link l
                       WHERE l.customer_id = ${p}.id AND l.status = 'CONFIRMED'),
    'customerCount', (SELECT count(DISTINCT l.customer_id) FROM supply_link l
                       WHERE l.supplier_id = ${p}.id AND l.status = 'CONFIRMED'),
    'capabilities', (SELECT coalesce(json_agg(json_build_object('code', c.code, 'labelIt', c.label_it)
                                              ORDER BY c.capability_group, c.code), '[]')
                       FROM firm_capability fc JOIN capability c ON c.id = fc.capability_id
                      WHERE fc.firm_id = ${p}.id))`;

/** The cursor the app hands out for the NAME order (firm.directory.ts), built in SQL. */
const CURSOR = (p: string) =>
  `rtrim(translate(encode(convert_to('["NAME",' || to_json(${p}.legal_name)::text || ',"' || ${p}.id || '"]', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/**
 * A directory page in NAME order: $1 page size, $2/$3 the cursor's name and id (or NULL), then the
 * filter's own parameters from $4. The count and the page are two subqueries of one statement.
 */
function directorySql(where: string): string {
  return `WITH page AS MATERIALIZED (
      SELECT f.id, f.legal_name, f.kind, f.hamlet FROM firm f
       WHERE ${where} AND f.ceased_on IS NULL AND ($2::text IS NULL OR (f.legal_name, f.id) > ($2::text, $3::uuid))
       ORDER BY f.legal_name, f.id LIMIT $1::int + 1),
    shown AS (SELECT * FROM page ORDER BY legal_name, id LIMIT $1::int)
    SELECT json_build_object('data', json_build_object('firms', json_build_object(
      'totalCount', (SELECT count(*) FROM firm f WHERE ${where} AND f.ceased_on IS NULL),
      'pageInfo', json_build_object(
        'hasNextPage', (SELECT count(*) FROM page) > $1::int,
        'endCursor', (SELECT ${CURSOR('s')} FROM shown s ORDER BY s.legal_name DESC, s.id DESC LIMIT 1)),
      'edges', (SELECT coalesce(json_agg(json_build_object('cursor', ${CURSOR('s')}, 'node', ${NODE('s')})
                                         ORDER BY s.legal_name, s.id), '[]')
                  FROM shown s))))::text AS body`;
}

/** The directory's text search (firm.directory.ts): the name's trigram match or a capability label's. */
export const SEARCH_WHERE = `f.id IN (
    SELECT id FROM firm
     WHERE firm_search_text(legal_name, trade_name, vat_number, product_lines, certifications) LIKE $4
    UNION
    SELECT fc.firm_id FROM firm_capability fc JOIN capability c ON c.id = fc.capability_id
     WHERE lower(c.label_it) LIKE $4 OR lower(c.label_en) LIKE $4 OR lower(c.code) LIKE $4)`;

const UPSTREAM_SQL = `WITH RECURSIVE walk (firm_id, depth, link_id) AS (
      SELECT $1::uuid, 0, NULL::uuid
      UNION
      SELECT l.supplier_id, w.depth + 1, l.id
        FROM walk w JOIN supply_link l ON l.customer_id = w.firm_id AND l.status = 'CONFIRMED'
       WHERE w.depth < $2
    ),
    tiers AS (SELECT firm_id, min(depth) AS tier FROM walk WHERE firm_id <> $1::uuid GROUP BY firm_id),
    links AS (SELECT DISTINCT link_id FROM walk WHERE link_id IS NOT NULL)
    SELECT json_build_object('data', json_build_object('supplyChain', json_build_object(
      'nodes', (SELECT coalesce(json_agg(json_build_object('tier', t.tier,
                  'firm', json_build_object('id', f.id, 'legalName', f.legal_name, 'kind', f.kind))
                  ORDER BY t.tier, f.legal_name), '[]')
                  FROM tiers t JOIN firm f ON f.id = t.firm_id),
      'links', (SELECT coalesce(json_agg(json_build_object('id', l.id, 'supplier', json_build_object('id', l.supplier_id),
                  'customer', json_build_object('id', l.customer_id), 'capability', json_build_object('code', c.code))
                  ORDER BY l.id), '[]')
                  FROM links k JOIN supply_link l ON l.id = k.link_id JOIN capability c ON c.id = l.capability_id))))::text AS body`;

/**
 * The directory's facets for a kind + hamlet filter ($1, $2), each counting the active firms that match
 * the other filter (and ceased firms that match both): the rows failing at most one condition, read once.
 */
const FACETS_SQL = (() => {
  const facet = (select: string) =>
    `(SELECT coalesce(json_agg(json_build_object('value', x.value, 'count', x.n) ORDER BY x.value), '[]') FROM (${select}) x)`;
  const others = {
    kind: 'm.ok_hamlet AND m.ok_active',
    hamlet: 'm.ok_kind AND m.ok_active',
    rest: 'm.ok_kind AND m.ok_hamlet AND m.ok_active',
  };
  return `WITH m AS MATERIALIZED (
      SELECT f.id, f.kind, f.hamlet, f.certifications, f.export_markets, f.employees,
             f.ceased_on IS NOT NULL AS ceased, coalesce(a.status, 'NONE') AS adhesion,
             f.kind = $1 AS ok_kind, f.hamlet IS NOT DISTINCT FROM $2 AS ok_hamlet, f.ceased_on IS NULL AS ok_active
        FROM firm f LEFT JOIN adhesion a ON a.firm_id = f.id
       WHERE (f.kind <> $1)::int + (f.hamlet IS DISTINCT FROM $2)::int + (f.ceased_on IS NOT NULL)::int <= 1)
    SELECT json_build_object('data', json_build_object('firmFacets', json_build_object(
      'kinds', ${facet(`SELECT m.kind AS value, count(*) AS n FROM m WHERE ${others.kind} GROUP BY 1`)},
      'capabilities', ${facet(`SELECT fc.capability_id::text AS value, count(*) AS n FROM m JOIN firm_capability fc ON fc.firm_id = m.id WHERE ${others.rest} GROUP BY 1`)},
      'hamlets', ${facet(`SELECT m.hamlet AS value, count(*) AS n FROM m WHERE m.hamlet IS NOT NULL AND ${others.hamlet} GROUP BY 1`)},
      'adhesionStatuses', ${facet(`SELECT m.adhesion AS value, count(*) AS n FROM m WHERE ${others.rest} GROUP BY 1`)},
      'certifications', ${facet(`SELECT v AS value, count(*) AS n FROM m, unnest(m.certifications) v WHERE ${others.rest} GROUP BY 1`)},
      'exportMarkets', ${facet(`SELECT v AS value, count(*) AS n FROM m, unnest(m.export_markets) v WHERE ${others.rest} GROUP BY 1`)},
      'employeesRanges', (SELECT json_agg(json_build_object('min', r.lo, 'max', r.hi, 'count', r.n) ORDER BY r.lo)
         FROM (SELECT r.lo, r.hi, count(m.id) AS n FROM (VALUES (0, 9), (10, 49), (50, 249), (250, NULL::int)) r(lo, hi)
                 LEFT JOIN m ON m.employees >= r.lo AND (r.hi IS NULL OR m.employees <= r.hi) AND ${others.rest}
                GROUP BY r.lo, r.hi) r),
      'ceasedCount', (SELECT count(*) FROM m WHERE m.ceased AND m.ok_kind AND m.ok_hamlet))))::text AS body`;
})();

type Vars = Record<string, unknown>;

function cursorParams(vars: Vars): [string | null, string | null] {
  if (typeof vars.after !== 'string') return [null, null];
  const [, key, id] = JSON.parse(Buffer.from(vars.after, 'base64url').toString('utf8')) as string[];
  return [key!, id!];
}

const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each raw-limit request kind: its one statement and its parameters from the GraphQL variables. */
export const RAW_STATEMENTS: Record<string, { sql: string; params(vars: Vars): unknown[] }> = {
  directory: {
    sql: directorySql('true'),
    params: (v) => [v.first ?? 50, ...cursorParams(v)],
  },
  filtered: {
    sql: directorySql('f.kind = $4 AND f.hamlet = $5'),
    params: (v) => {
      const filter = v.filter as { kinds: string[]; hamlets: string[] };
      return [v.first ?? 50, ...cursorParams(v), filter.kinds[0], filter.hamlets[0]];
    },
  },
  search: {
    sql: directorySql(SEARCH_WHERE),
    params: (v) => [v.first ?? 50, ...cursorParams(v), likePattern(String(v.search))],
  },
  facets: {
    sql: FACETS_SQL,
    params: (v) => {
      const filter = v.filter as { kinds: string[]; hamlets: string[] };
      return [filter.kinds[0], filter.hamlets[0]];
    },
  },
  upstream: {
    sql: UPSTREAM_SQL,
    params: (v) => [v.firmId, v.depth ?? 3],
  },
};

export interface RawServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the bare server: POST /graphql with `{ query: <a RAW_STATEMENTS key>, variables }`. */
export async function startRawServer(databaseUrl: string): Promise<RawServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables: Vars;
      };
      const statement = RAW_STATEMENTS[query];
      if (!statement) {
        res.writeHead(404).end();
        return;
      }
      pool.query<{ body: string }>(statement.sql, statement.params(variables)).then(
        (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(r.rows[0]!.body),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.close();
      await pool.end();
    },
  };
}
