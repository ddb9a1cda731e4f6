import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@filiera/shared';
import {
  buildAdhesion,
  buildCapability,
  buildFirm,
  buildFirmCapabilities,
  buildSupplyLink,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { COVERED_FOREIGN_KEYS } from './firm-merge.moves.js';

let api: TestApi;
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  api = await startTestApi();
  for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const) {
    const user = await buildUser(api.ds, role);
    cookies[role] = await api.signIn(user.email, TEST_PASSWORD);
  }
});
afterAll(async () => {
  await api.close();
});

const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions;

const PREVIEW = `query ($s: ID!, $m: ID!) { firmMergePreview(survivorId: $s, mergedId: $m) {
  survivor { id legalName } merged { id legalName } fields { field survivorValue mergedValue differs }
  moves { key count } linksBetween duplicateLinks } }`;
const MERGE = `mutation ($input: MergeFirmsInput!) { mergeFirms(input: $input) {
  survivor { id legalName tradeName version } moves { key count resolved } } }`;

/** Every foreign key to `firm` in the migrated schema, as `table.column`. */
async function firmForeignKeys(): Promise<{ table: string; column: string }[]> {
  return api.ds.query(
    `SELECT kcu.table_name AS table, kcu.column_name AS column
       FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu
         ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
       JOIN information_schema.constraint_column_usage ccu
         ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
      WHERE ccu.table_name = 'firm' AND ccu.table_schema = 'public'
      ORDER BY 1, 2`,
  );
}

/** Rows of each firm foreign key (and the firm's audit history) that name one of `ids`. */
async function rowsNaming(ids: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of await firmForeignKeys()) {
    const [row] = await api.ds.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = ANY($1::uuid[])`,
      [ids],
    );
    counts[`${table}.${column}`] = row.n;
  }
  const [audit] = await api.ds.query(
    `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'Firm' AND entity_id = ANY($1::text[])`,
    [ids],
  );
  counts['audit_entry.entity_id'] = audit.n;
  return counts;
}

/** One row in every table that belongs to a firm, some shared with the other record to make collisions. */
async function giveEveryRow(firm: FirmEntity, shared: Record<string, string>, own: string) {
  const q = (sql: string, params: unknown[]) => api.ds.query(sql, params);
  await buildFirmCapabilities(api.ds, firm, { id: shared.capability! }, await buildCapability(api.ds));
  const adhesion = await buildAdhesion(api.ds, {
    firmId: firm.id,
    status: own === 'm' ? 'SIGNED' : 'INVITED',
  });
  await q(`INSERT INTO adhesion_transition (adhesion_id, to_status) VALUES ($1, 'INTERESTED'), ($1, $2)`, [
    adhesion.id,
    adhesion.status,
  ]);
  await buildUser(api.ds, 'FIRM', { firmId: firm.id });
  await q(
    `INSERT INTO invitation (email, role, token_hash, expires_at, firm_id) VALUES ($1, 'FIRM', $2, now() + interval '1 day', $3)`,
    [`${own}-${firm.id}@test.example`, `hash-${firm.id}`, firm.id],
  );
  await q(
    `INSERT INTO firm_logo (firm_id, content_type, byte_size, data) VALUES ($1, 'image/png', 1, '\\x00')`,
    [firm.id],
  );
  await q(`INSERT INTO passport_consent (firm_id, name_public) VALUES ($1, true)`, [firm.id]);
  const [action] = await q(
    `INSERT INTO plan_action (plan_id, axis, title, start_date, end_date, lead_firm_id)
     VALUES ($1, 'DIGITAL_CLUSTER', $2, '2027-01-01', '2027-12-31', $3) RETURNING id`,
    [shared.plan, `Azione ${own}`, firm.id],
  );
  await q(`INSERT INTO plan_action_firm (action_id, firm_id) VALUES ($1, $3), ($2, $3)`, [
    shared.action,
    action.id,
    firm.id,
  ]);
  await q(`INSERT INTO plan_join_request (action_id, firm_id) VALUES ($1, $2)`, [shared.action, firm.id]);
  const [task] = await q(`INSERT INTO task (title, phase) VALUES ($1, 'ADHESIONS') RETURNING id`, [
    `Task ${own}`,
  ]);
  await q(`INSERT INTO task_firm (task_id, firm_id) VALUES ($1, $3), ($2, $3)`, [
    shared.task,
    task.id,
    firm.id,
  ]);
  // There is one network contract: the merged record is its reference firm.
  if (own === 'm') await q(`UPDATE network_contract SET reference_firm_id = $1`, [firm.id]);
  await q(
    `INSERT INTO contact_request (firm_id, kind, name, company, country, email, message, client_ip)
     VALUES ($1, 'QUOTE', 'Buyer', 'Buyer GmbH', 'DE', 'buyer@test.example', 'Quote please', '127.0.0.1')`,
    [firm.id],
  );
  await q(
    `INSERT INTO showcase_view (firm_id, day, visitor) VALUES ($1, current_date, 'same'), ($1, current_date, $2)`,
    [firm.id, own],
  );
  await q(
    `INSERT INTO event_registration (event_id, firm_id, person_name, person_email, status)
     VALUES ($1, $2, 'Persona', $3, 'CONFIRMED')`,
    [shared.event, firm.id, `${own}@test.example`],
  );
  await q(
    `INSERT INTO registry_import_row (import_id, line, action, legal_name, firm_id) VALUES ($1, $2, 'UPDATE', 'x', $3)`,
    [shared.import, own === 'm' ? 2 : 3, firm.id],
  );
  const [article] = await q(
    `INSERT INTO article (firm_id, code, name) VALUES ($1, 'ART-1', 'Décolleté') RETURNING id`,
    [firm.id],
  );
  await q(
    `INSERT INTO article_component (article_id, position, capability_id, supplier_firm_id) VALUES ($1, 0, $2, $3)`,
    [article.id, shared.capability, firm.id],
  );
  await q(
    `INSERT INTO supplier_input (firm_id, capability_id, position, input_capability_id, share, input_supplier_firm_id)
     VALUES ($1, $2, 0, $2, 50, $3)`,
    [firm.id, shared.capability, firm.id],
  );
  await q(
    `INSERT INTO audit_entry (action, entity_type, entity_id) VALUES ('UPDATE_FIRM_PROFILE', 'Firm', $1)`,
    [firm.id],
  );
}

async function sharedObjects(): Promise<Record<string, string>> {
  const q = (sql: string, params: unknown[] = []) => api.ds.query(sql, params);
  const capability = (await buildCapability(api.ds)).id;
  const [plan] = await q(
    `INSERT INTO strategic_plan (title, start_year, end_year) VALUES ('Piano', 2027, 2029) RETURNING id`,
  );
  const [action] = await q(
    `INSERT INTO plan_action (plan_id, axis, title, start_date, end_date) VALUES ($1, 'EVENTS_INTERNATIONALISATION', 'Fiera', '2027-01-01', '2027-06-30') RETURNING id`,
    [plan.id],
  );
  const [task] = await q(
    `INSERT INTO task (title, phase) VALUES ('Raccogliere adesioni', 'ADHESIONS') RETURNING id`,
  );
  const [event] = await q(
    `INSERT INTO event (kind, title_it, title_en, starts_at, ends_at, place, capacity, language, audience, registration_deadline)
     VALUES ('WEBINAR', 'Webinar', 'Webinar', now() + interval '10 days', now() + interval '10 days 1 hour', 'Online', 50, 'IT', 'MEMBERS', now() + interval '9 days')
     RETURNING id`,
  );
  const [imp] = await q(
    `INSERT INTO registry_import (file_name, file_size, format, columns, status) VALUES ('r.csv', 1, 'CSV', '{}', 'APPLIED') RETURNING id`,
  );
  return { capability, plan: plan.id, action: action.id, task: task.id, event: event.id, import: imp.id };
}

describe('merging duplicate firm records', () => {
  it('handles every table with a foreign key to firm (a new one fails here until the merge moves it)', async () => {
    const keys = (await firmForeignKeys()).map((k) => `${k.table}.${k.column}`);
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((k) => !COVERED_FOREIGN_KEYS.has(k))).toEqual([]);
  });

  it('moves every kind of row to the survivor, resolves collisions and duplicate links, and redirects the old id', async () => {
    const survivor = await buildFirm(api.ds, { legalName: 'Calzaturificio Rossi S.r.l.', tradeName: null });
    const merged = await buildFirm(api.ds, {
      legalName: 'Calzaturificio Rossi Srl',
      tradeName: 'Rossi Shoes',
    });
    const shared = await sharedObjects();
    await giveEveryRow(survivor, shared, 's');
    await giveEveryRow(merged, shared, 'm');
    const other = await buildFirm(api.ds);
    const cap = { id: shared.capability! };
    // The merged record's confirmed link and the survivor's declared one become the same link.
    const mergedLink = await buildSupplyLink(api.ds, {
      supplierId: merged.id,
      customerId: other.id,
      capabilityId: cap.id,
    });
    const survivorLink = await buildSupplyLink(api.ds, {
      supplierId: survivor.id,
      customerId: other.id,
      capabilityId: cap.id,
      status: 'DECLARED',
    });
    await buildSupplyLink(api.ds, { supplierId: other.id, customerId: merged.id, capabilityId: cap.id });
    // A link between the two records would make the firm its own supplier.
    await buildSupplyLink(api.ds, { supplierId: merged.id, customerId: survivor.id, capabilityId: cap.id });

    const preview = await api.gql<{
      firmMergePreview: {
        moves: { key: string; count: number }[];
        linksBetween: number;
        duplicateLinks: number;
        fields: { field: string; differs: boolean }[];
      };
    }>(PREVIEW, { s: survivor.id, m: merged.id }, { cookie: cookies.CONSULTANT });
    expect(preview.body.errors).toBeUndefined();
    const p = preview.body.data!.firmMergePreview;
    expect(p).toMatchObject({ linksBetween: 1, duplicateLinks: 1 });
    expect(p.moves.find((m) => m.key === 'supply_link')?.count).toBe(3);
    expect(p.moves.find((m) => m.key === 'adhesion.firm_id')?.count).toBe(1);
    expect(p.fields.find((f) => f.field === 'tradeName')).toMatchObject({ differs: true });
    expect(p.fields.find((f) => f.field === 'kind')).toMatchObject({ differs: false });

    const before = await rowsNaming([survivor.id, merged.id]);
    const transitionsBefore = (
      await api.ds.query(
        `SELECT count(*)::int AS n FROM adhesion_transition t JOIN adhesion a ON a.id = t.adhesion_id WHERE a.firm_id = ANY($1::uuid[])`,
        [[survivor.id, merged.id]],
      )
    )[0].n;
    const res = await api.gql<{
      mergeFirms: {
        survivor: { tradeName: string; version: number };
        moves: { key: string; count: number; resolved: number }[];
      };
    }>(
      MERGE,
      {
        input: {
          survivorId: survivor.id,
          survivorVersion: survivor.version,
          mergedId: merged.id,
          mergedVersion: merged.version,
          takeFromMerged: ['tradeName'],
        },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.mergeFirms.survivor).toMatchObject({
      tradeName: 'Rossi Shoes',
      version: survivor.version + 1,
    });

    const after = await rowsNaming([survivor.id, merged.id]);
    // Nothing names the merged record any more but the entry saying where it went.
    const onMerged = await rowsNaming([merged.id]);
    expect(Object.entries(onMerged).filter(([, n]) => n > 0)).toEqual([['audit_entry.entity_id', 1]]);
    // Collisions kept once: the shared capability, task, plan action and showcase visitor; one adhesion,
    // one logo, one passport consent; the link between the two records is gone.
    const lost: Record<string, number> = {
      'firm_capability.firm_id': 1,
      'task_firm.firm_id': 1,
      'plan_action_firm.firm_id': 1,
      'showcase_view.firm_id': 1,
      'adhesion.firm_id': 1,
      'firm_logo.firm_id': 1,
      'passport_consent.firm_id': 1,
      'supply_link.supplier_id': 1,
      'supply_link.customer_id': 1,
      'supply_link.declared_by_firm_id': 1,
      // The merge's entry on the survivor and the one on the old id; the old id's redirect.
      'audit_entry.entity_id': -2,
      'firm_redirect.firm_id': -1,
    };
    for (const [key, n] of Object.entries(before))
      expect([key, after[key]]).toEqual([key, n - (lost[key] ?? 0)]);
    expect(before['app_user.firm_id']).toBe(2);
    expect(after['app_user.firm_id']).toBe(2);

    // Both adhesion histories stay, on the adhesion further along (the merged record's SIGNED one).
    const adhesions = await api.ds.query(
      `SELECT a.status, (SELECT count(*)::int FROM adhesion_transition t WHERE t.adhesion_id = a.id) AS transitions
         FROM adhesion a WHERE a.firm_id = $1`,
      [survivor.id],
    );
    expect(adhesions).toEqual([{ status: 'SIGNED', transitions: transitionsBefore }]);
    // The duplicate links: the confirmed one stays, the declared one is ended.
    const links = await api.ds.query(
      `SELECT id, status, supplier_id FROM supply_link WHERE id = ANY($1::uuid[]) ORDER BY status`,
      [[mergedLink.id, survivorLink.id]],
    );
    expect(links).toEqual([
      { id: mergedLink.id, status: 'CONFIRMED', supplier_id: survivor.id },
      { id: survivorLink.id, status: 'ENDED', supplier_id: survivor.id },
    ]);
    // Conflicting pending join request declined, not lost; article code kept unique.
    expect(
      await api.ds.query(`SELECT status FROM plan_join_request WHERE firm_id = $1 ORDER BY status`, [
        survivor.id,
      ]),
    ).toEqual([{ status: 'DECLINED' }, { status: 'PENDING' }]);
    expect(
      (await api.ds.query(`SELECT code FROM article WHERE firm_id = $1 ORDER BY code`, [survivor.id])).length,
    ).toBe(2);
    expect(await api.ds.getRepository(FirmEntity).findOneBy({ id: merged.id })).toBeNull();

    // The old id leads to the survivor.
    const old = await api.gql<{ firm: { id: string; legalName: string } }>(
      `query ($id: ID!) { firm(id: $id) { id legalName } }`,
      { id: merged.id },
      { cookie: cookies.CHAMBER },
    );
    expect(old.body.data!.firm).toEqual({ id: survivor.id, legalName: 'Calzaturificio Rossi S.r.l.' });
    const audit = await api.ds.query(
      `SELECT action, entity_id FROM audit_entry WHERE action IN ('MERGE_FIRMS', 'MERGED_INTO_FIRM') ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'MERGED_INTO_FIRM', entity_id: merged.id },
      { action: 'MERGE_FIRMS', entity_id: survivor.id },
    ]);
  });

  it('refuses FIRM and CHAMBER (FORBIDDEN), a stale version (CONFLICT) and the same record twice, changing nothing', async () => {
    const survivor = await buildFirm(api.ds);
    const merged = await buildFirm(api.ds);
    const input = {
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      mergedId: merged.id,
      mergedVersion: merged.version,
      takeFromMerged: [],
    };
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const res = await api.gql(MERGE, { input }, { cookie: cookies[role] });
      expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
      const pre = await api.gql(PREVIEW, { s: survivor.id, m: merged.id }, { cookie: cookies[role] });
      expect(errorOf(pre.body)?.code).toBe('FORBIDDEN');
    }
    const stale = await api.gql(MERGE, { input: { ...input, mergedVersion: 7 } }, { cookie: cookies.ADMIN });
    expect(errorOf(stale.body)?.code).toBe('CONFLICT');
    const same = await api.gql(
      MERGE,
      { input: { ...input, mergedId: survivor.id } },
      { cookie: cookies.ADMIN },
    );
    expect(errorOf(same.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedId' });
    expect(await api.ds.getRepository(FirmEntity).countBy([{ id: survivor.id }, { id: merged.id }])).toBe(2);
    expect(await api.ds.query(`SELECT * FROM firm_redirect WHERE old_id = $1`, [merged.id])).toEqual([]);
  });
});
