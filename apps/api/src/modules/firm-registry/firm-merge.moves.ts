import type { EntityManager } from 'typeorm';

/**
 * Every row that belongs to a firm, and how a merge moves it from the merged record (`from`) to the
 * survivor (`to`). One entry per foreign key to `firm` (firm-merge.test.ts fails when a table gains one
 * that is not listed here), plus the rows that name a firm without a foreign key (its audit history).
 * Rows that would collide with the survivor's own (the same capability, the same task, one adhesion per
 * firm…) are resolved as each entry says, never dropped silently: what a move resolved is counted.
 */
export interface Move {
  /** `table.column`, the key the preview and the result show counts under. */
  key: string;
  /** Rows of the merged record that the merge moves. */
  count: (m: EntityManager, from: string) => Promise<number>;
  /** Moves them; answers how many rows were resolved rather than moved (kept once, ended, renamed). */
  apply: (m: EntityManager, from: string, to: string, actorId: string | null) => Promise<number>;
}

type Rows = { n: number }[];

/** Runs an UPDATE or DELETE and answers how many rows it touched (TypeORM answers [rows, count]). */
async function touched(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result: unknown = await m.query(sql, params);
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
const countWhere =
  (table: string, where: string) =>
  async (m: EntityManager, from: string): Promise<number> =>
    ((await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [from])) as Rows)[0]!.n;

/**
 * Rows of `table`, keyed by `firm_id`: those that would clash with the survivor's are first resolved by
 * `resolve` (an UPDATE or DELETE of the merged record's rows, $1, given the survivor, $2), then all move.
 */
const resolveThenMove = (table: string, resolve: string): Move => ({
  key: `${table}.firm_id`,
  count: countWhere(table, 'firm_id = $1'),
  apply: async (m, from, to) => {
    const resolved = await touched(m, resolve, [from, to]);
    await m.query(`UPDATE ${table} SET firm_id = $2 WHERE firm_id = $1`, [from, to]);
    return resolved;
  },
});

/** Rows whose column simply changes to the survivor. */
const repoint = (table: string, column: string): Move => ({
  key: `${table}.${column}`,
  count: countWhere(table, `${column} = $1`),
  apply: async (m, from, to) => {
    await m.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1`, [from, to]);
    return 0;
  },
});

/**
 * Rows of a set keyed by the firm (firm_id, other): the survivor keeps its own, gains the merged
 * record's others, and a row both have is kept once.
 */
const union = (table: string, other: string): Move =>
  resolveThenMove(
    table,
    `DELETE FROM ${table} t WHERE t.firm_id = $1
        AND EXISTS (SELECT 1 FROM ${table} s WHERE s.firm_id = $2 AND s.${other} = t.${other})`,
  );

/** One row per firm (logo, passport consent): the survivor's wins when it has one. */
const single = (table: string): Move =>
  resolveThenMove(
    table,
    `DELETE FROM ${table} WHERE firm_id = $1 AND EXISTS (SELECT 1 FROM ${table} WHERE firm_id = $2)`,
  );

/** The order of the adhesion path: the adhesion further along is kept when both records have one. */
const ADHESION_ORDER = `array_position(ARRAY['WITHDRAWN','DECLINED','INTERESTED','INVITED','DOCUMENTS_REQUESTED',
  'READY_TO_SIGN','SIGNED','REGISTERED'], status)`;

const adhesion: Move = {
  key: 'adhesion.firm_id',
  count: countWhere('adhesion', 'firm_id = $1'),
  apply: async (m, from, to) => {
    const both: { id: string; firm_id: string }[] = await m.query(
      `SELECT id, firm_id FROM adhesion WHERE firm_id = ANY($1::uuid[]) ORDER BY ${ADHESION_ORDER} DESC,
              firm_id = $2 DESC`,
      [[from, to], to],
    );
    if (both.length === 2) {
      // Both records were on their way in: keep the adhesion further along with both histories.
      const [kept, dropped] = both as unknown as [{ id: string }, { id: string }];
      await m.query(`UPDATE adhesion_transition SET adhesion_id = $2 WHERE adhesion_id = $1`, [
        dropped.id,
        kept.id,
      ]);
      await m.query(
        `UPDATE audit_entry SET entity_id = $2 WHERE entity_type = 'Adhesion' AND entity_id = $1::text`,
        [dropped.id, kept.id],
      );
      await m.query(
        `UPDATE notification SET object_id = $2 WHERE object_type = 'Adhesion' AND object_id = $1`,
        [dropped.id, kept.id],
      );
      await m.query(`DELETE FROM adhesion WHERE id = $1`, [dropped.id]);
    }
    await m.query(`UPDATE adhesion SET firm_id = $2 WHERE firm_id = $1`, [from, to]);
    return both.length === 2 ? 1 : 0;
  },
};

/**
 * Supply links, all three firm columns in one statement (the declaring firm is one of the two sides).
 * A link between the two records would become a firm supplying itself: it is removed (the audit entry
 * keeps it). Two active links that become the same (supplier, customer, capability) keep the confirmed
 * one (the survivor's when both are) and the other is ENDED, so its history stays.
 */
const supplyLinks: Move = {
  key: 'supply_link',
  count: countWhere('supply_link', 'supplier_id = $1 OR customer_id = $1'),
  apply: async (m, from, to, actorId) => {
    const between = await touched(
      m,
      `DELETE FROM supply_link WHERE (supplier_id = $1 AND customer_id = $2) OR (supplier_id = $2 AND customer_id = $1)
      `,
      [from, to],
    );
    const pairs: {
      merged: string;
      survivor: string;
      merged_confirmed: boolean;
      survivor_confirmed: boolean;
    }[] = await m.query(
      `SELECT l.id AS merged, s.id AS survivor, l.status = 'CONFIRMED' AS merged_confirmed,
                s.status = 'CONFIRMED' AS survivor_confirmed
           FROM supply_link l
           JOIN supply_link s
             ON s.supplier_id = CASE WHEN l.supplier_id = $1 THEN $2 ELSE l.supplier_id END
            AND s.customer_id = CASE WHEN l.customer_id = $1 THEN $2 ELSE l.customer_id END
            AND s.capability_id = l.capability_id AND s.status IN ('DECLARED', 'CONFIRMED')
          WHERE (l.supplier_id = $1 OR l.customer_id = $1) AND l.status IN ('DECLARED', 'CONFIRMED')`,
      [from, to],
    );
    const ended = pairs.map((p) => (p.merged_confirmed && !p.survivor_confirmed ? p.survivor : p.merged));
    if (ended.length) {
      await m.query(
        `UPDATE supply_link SET status = 'ENDED', ended_at = now(), ended_by_user_id = $2,
                version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
        [ended, actorId],
      );
    }
    await m.query(
      `UPDATE supply_link SET
         supplier_id = CASE WHEN supplier_id = $1 THEN $2 ELSE supplier_id END,
         customer_id = CASE WHEN customer_id = $1 THEN $2 ELSE customer_id END,
         declared_by_firm_id = CASE WHEN declared_by_firm_id = $1 THEN $2 ELSE declared_by_firm_id END
       WHERE supplier_id = $1 OR customer_id = $1`,
      [from, to],
    );
    return between + ended.length;
  },
};

/** Pending requests to join the same action: the survivor's stands, the merged record's is declined. */
const planJoinRequests = resolveThenMove(
  'plan_join_request',
  `UPDATE plan_join_request r SET status = 'DECLINED' WHERE r.firm_id = $1 AND r.status = 'PENDING'
      AND EXISTS (SELECT 1 FROM plan_join_request s WHERE s.firm_id = $2 AND s.action_id = r.action_id
                  AND s.status = 'PENDING')`,
);

/** Articles whose code the survivor already uses get the code with a suffix (codes are unique per firm). */
const articles = resolveThenMove(
  'article',
  `UPDATE article a SET code = a.code || '-' || left(a.id::text, 8) WHERE a.firm_id = $1
      AND EXISTS (SELECT 1 FROM article s WHERE s.firm_id = $2 AND s.code = a.code)`,
);

/** Tier-2 inputs follow the survivor's own in each capability's order. */
const supplierInputs: Move = {
  key: 'supplier_input.firm_id',
  count: countWhere('supplier_input', 'firm_id = $1'),
  apply: async (m, from, to) => {
    await m.query(
      `UPDATE supplier_input i SET firm_id = $2,
              position = i.position + 1 + coalesce((SELECT max(s.position) FROM supplier_input s
                                                     WHERE s.firm_id = $2 AND s.capability_id = i.capability_id), -1)
        WHERE i.firm_id = $1`,
      [from, to],
    );
    return 0;
  },
};

/** The survivor's redirects: old ids that led to the merged record now lead to the survivor. */
const redirects: Move = {
  key: 'firm_redirect.firm_id',
  count: countWhere('firm_redirect', 'firm_id = $1'),
  apply: async (m, from, to) => {
    await m.query(`UPDATE firm_redirect SET firm_id = $2 WHERE firm_id = $1`, [from, to]);
    return 0;
  },
};

/** The merged record's audit history joins the survivor's. */
const history: Move = {
  key: 'audit_entry.entity_id',
  count: countWhere('audit_entry', `entity_type = 'Firm' AND entity_id = $1::text`),
  apply: async (m, from, to) => {
    await m.query(
      `UPDATE audit_entry SET entity_id = $2 WHERE entity_type = 'Firm' AND entity_id = $1::text`,
      [from, to],
    );
    return 0;
  },
};

export const MOVES: readonly Move[] = [
  supplyLinks,
  union('firm_capability', 'capability_id'),
  adhesion,
  repoint('app_user', 'firm_id'),
  repoint('invitation', 'firm_id'),
  // Claims of the merged record, pending or decided, are claims of the survivor: its manager decides them.
  repoint('firm_claim', 'firm_id'),
  single('firm_logo'),
  single('passport_consent'),
  repoint('plan_action', 'lead_firm_id'),
  union('plan_action_firm', 'action_id'),
  planJoinRequests,
  union('task_firm', 'task_id'),
  repoint('network_contract', 'reference_firm_id'),
  repoint('contact_request', 'firm_id'),
  // A visitor is counted once a day per firm: the same visitor on the same day is one view.
  resolveThenMove(
    'showcase_view',
    `DELETE FROM showcase_view t WHERE t.firm_id = $1 AND EXISTS (SELECT 1 FROM showcase_view s
        WHERE s.firm_id = $2 AND s.day = t.day AND s.visitor = t.visitor)`,
  ),
  repoint('event_registration', 'firm_id'),
  repoint('registry_import_row', 'firm_id'),
  articles,
  repoint('article_component', 'supplier_firm_id'),
  supplierInputs,
  repoint('supplier_input', 'input_supplier_firm_id'),
  redirects,
  history,
];

/** The foreign-key columns to `firm` the moves cover (`supply_link` covers its three). */
export const COVERED_FOREIGN_KEYS = new Set([
  ...MOVES.map((m) => m.key),
  'supply_link.supplier_id',
  'supply_link.customer_id',
  'supply_link.declared_by_firm_id',
]);
