import { DEMO_FIRM_ID } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import type { SqlRunner } from './insert-district.js';

const userOf = (role: string) => DEMO_USERS.find((u) => u.role === role)!.id;

/**
 * What the demo people would have been told by now, so the bell is not empty on a fresh start: the demo
 * factory's user hears of each link another firm declared and it has to confirm or reject; the
 * consultant and the manager of (up to three of) the open tasks assigned to them. In the app only, as
 * of when each thing happened. Idempotent: each carries a dedupe key, so running it again writes nothing.
 */
export async function seedNotifications(db: SqlRunner): Promise<void> {
  await db.query(
    `INSERT INTO notification (recipient_id, kind, object_type, object_id, params, delivery, dedupe_key, created_at)
     SELECT $1, 'SUPPLY_LINK_DECLARED', 'SupplyLink', l.id,
            jsonb_build_object('supplier', s.legal_name, 'customer', c.legal_name,
                               'capabilityIt', cap.label_it, 'capabilityEn', cap.label_en),
            'IN_APP', 'seed:' || l.id, l.created_at
       FROM supply_link l
       JOIN firm s ON s.id = l.supplier_id
       JOIN firm c ON c.id = l.customer_id
       JOIN capability cap ON cap.id = l.capability_id
      WHERE l.status = 'DECLARED' AND $2 IN (l.supplier_id, l.customer_id) AND l.declared_by_firm_id <> $2
     ON CONFLICT (recipient_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
    [userOf('FIRM'), DEMO_FIRM_ID],
  );
  for (const staff of [userOf('CONSULTANT'), userOf('ADMIN')]) {
    await db.query(
      `INSERT INTO notification (recipient_id, kind, object_type, object_id, params, delivery, dedupe_key, created_at)
       SELECT $1, 'TASK_ASSIGNED', 'Task', t.id, jsonb_build_object('title', t.title), 'IN_APP', 'seed:' || t.id,
              t.created_at
         FROM task t
        WHERE t.assignee_id = $1 AND t.status <> 'DONE'
        ORDER BY t.due_date NULLS LAST, t.id
        LIMIT 3
       ON CONFLICT (recipient_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
      [staff],
    );
  }
}
