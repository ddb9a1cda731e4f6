import { describe, expect, it } from 'vitest';
import {
  buildAdhesion,
  buildAdhesionTransition,
  buildArticle,
  buildArticleComponent,
  buildAuditEntry,
  buildCapability,
  buildContactRequest,
  buildEvent,
  buildEventRegistration,
  buildFirm,
  buildFirmCapabilities,
  buildInvitation,
  buildPassportConsent,
  buildPlanAction,
  buildPlanJoinRequest,
  buildRegistryImport,
  buildStrategicPlan,
  buildSupplierInput,
  buildSupplyLink,
  buildTask,
  buildUser,
} from '../../test/factories.js';
import { errorOf, useApiWithEveryRole } from '../../test/every-role.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { COVERED_FOREIGN_KEYS } from './firm-merge.moves.js';

const fixture = useApiWithEveryRole();
const { cookies } = fixture;

const PREVIEW = `query ($s: ID!, $m: ID!) { firmMergePreview(survivorId: $s, mergedId: $m) {
  survivor { id legalName } merged { id legalName } fields { field survivorValue mergedValue differs }
  moves { key count } linksBetween duplicateLinks } }`;
const MERGE = `mutation ($input: MergeFirmsInput!) { mergeFirms(input: $input) {
  survivor { id legalName tradeName version } moves { key count resolved } } }`;

/** Every foreign key to `firm` in the migrated schema, as `table.column`. */
async function firmForeignKeys(): Promise<{ table: string; column: string }[]> {
  return fixture.api.ds.query(
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
    const [row] = await fixture.api.ds.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = ANY($1::uuid[])`,
      [ids],
    );
    counts[`${table}.${column}`] = row.n;
  }
  const [audit] = await fixture.api.ds.query(
    `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'Firm' AND entity_id = ANY($1::text[])`,
    [ids],
  );
  counts['audit_entry.entity_id'] = audit.n;
  return counts;
}

/** One row in every table that belongs to a firm, some shared with the other record to make collisions. */
async function giveEveryRow(firm: FirmEntity, shared: Record<string, string>, own: string) {
  const ds = fixture.api.ds;
  const q = (sql: string, params: unknown[]) => ds.query(sql, params);
  await buildFirmCapabilities(ds, firm, { id: shared.capability! }, await buildCapability(ds));
  const adhesion = await buildAdhesion(ds, { firmId: firm.id, status: own === 'm' ? 'SIGNED' : 'INVITED' });
  await buildAdhesionTransition(ds, { adhesionId: adhesion.id });
  await buildAdhesionTransition(ds, { adhesionId: adhesion.id, toStatus: adhesion.status });
  await buildUser(ds, 'FIRM', { firmId: firm.id });
  await buildInvitation(ds, { email: `${own}-${firm.id}@test.example`, firmId: firm.id });
  await q(
    `INSERT INTO firm_logo (firm_id, content_type, byte_size, data) VALUES ($1, 'image/png', 1, '\\x00')`,
    [firm.id],
  );
  await buildPassportConsent(ds, { firmId: firm.id });
  const action = await buildPlanAction(ds, {
    planId: shared.plan,
    title: `Azione ${own}`,
    leadFirmId: firm.id,
  });
  await q(`INSERT INTO plan_action_firm (action_id, firm_id) VALUES ($1, $3), ($2, $3)`, [
    shared.action,
    action.id,
    firm.id,
  ]);
  await buildPlanJoinRequest(ds, { actionId: shared.action!, firmId: firm.id });
  const task = await buildTask(ds, { title: `Task ${own}` });
  await q(`INSERT INTO task_firm (task_id, firm_id) VALUES ($1, $3), ($2, $3)`, [
    shared.task,
    task.id,
    firm.id,
  ]);
  // There is one network contract: the merged record is its reference firm.
  if (own === 'm') await q(`UPDATE network_contract SET reference_firm_id = $1`, [firm.id]);
  await buildContactRequest(ds, { firmId: firm.id });
  await q(
    `INSERT INTO showcase_view (firm_id, day, visitor) VALUES ($1, current_date, 'same'), ($1, current_date, $2)`,
    [firm.id, own],
  );
  await buildEventRegistration(ds, {
    eventId: shared.event!,
    firmId: firm.id,
    personEmail: `${own}@test.example`,
  });
  await q(
    `INSERT INTO registry_import_row (import_id, line, action, legal_name, firm_id) VALUES ($1, $2, 'UPDATE', 'x', $3)`,
    [shared.import, own === 'm' ? 2 : 3, firm.id],
  );
  const article = await buildArticle(ds, { firmId: firm.id, code: 'ART-1' });
  await buildArticleComponent(ds, {
    articleId: article.id,
    capabilityId: shared.capability!,
    supplierFirmId: firm.id,
  });
  await buildSupplierInput(ds, {
    firmId: firm.id,
    capabilityId: shared.capability!,
    inputCapabilityId: shared.capability!,
    inputSupplierFirmId: firm.id,
  });
  await buildAuditEntry(ds, { entityId: firm.id });
}

async function sharedObjects(): Promise<Record<string, string>> {
  const capability = (await buildCapability(fixture.api.ds)).id;
  const plan = await buildStrategicPlan(fixture.api.ds, { title: 'Piano' });
  const action = await buildPlanAction(fixture.api.ds, {
    planId: plan.id,
    axis: 'EVENTS_INTERNATIONALISATION',
    title: 'Fiera',
    endDate: '2027-06-30',
  });
  const task = await buildTask(fixture.api.ds, { title: 'Raccogliere adesioni' });
  const event = await buildEvent(fixture.api.ds);
  const imp = await buildRegistryImport(fixture.api.ds);
  return { capability, plan: plan.id, action: action.id, task: task.id, event: event.id, import: imp.id };
}

describe('merging duplicate firm records', () => {
  it('handles every table with a foreign key to firm (a new one fails here until the merge moves it)', async () => {
    const keys = (await firmForeignKeys()).map((k) => `${k.table}.${k.column}`);
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((k) => !COVERED_FOREIGN_KEYS.has(k))).toEqual([]);
  });

  it('moves every kind of row to the survivor, resolves collisions and duplicate links, and redirects the old id', async () => {
    const survivor = await buildFirm(fixture.api.ds, {
      legalName: 'Calzaturificio Rossi S.r.l.',
      tradeName: null,
    });
    const merged = await buildFirm(fixture.api.ds, {
      legalName: 'Calzaturificio Rossi Srl',
      tradeName: 'Rossi Shoes',
    });
    const shared = await sharedObjects();
    await giveEveryRow(survivor, shared, 's');
    await giveEveryRow(merged, shared, 'm');
    const other = await buildFirm(fixture.api.ds);
    const cap = { id: shared.capability! };
    // The merged record's confirmed link and the survivor's declared one become the same link.
    const mergedLink = await buildSupplyLink(fixture.api.ds, {
      supplierId: merged.id,
      customerId: other.id,
      capabilityId: cap.id,
    });
    const survivorLink = await buildSupplyLink(fixture.api.ds, {
      supplierId: survivor.id,
      customerId: other.id,
      capabilityId: cap.id,
      status: 'DECLARED',
    });
    await buildSupplyLink(fixture.api.ds, {
      supplierId: other.id,
      customerId: merged.id,
      capabilityId: cap.id,
    });
    // A link between the two records would make the firm its own supplier.
    await buildSupplyLink(fixture.api.ds, {
      supplierId: merged.id,
      customerId: survivor.id,
      capabilityId: cap.id,
    });

    const preview = await fixture.api.gql<{
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
      await fixture.api.ds.query(
        `SELECT count(*)::int AS n FROM adhesion_transition t JOIN adhesion a ON a.id = t.adhesion_id WHERE a.firm_id = ANY($1::uuid[])`,
        [[survivor.id, merged.id]],
      )
    )[0].n;
    const res = await fixture.api.gql<{
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
    const adhesions = await fixture.api.ds.query(
      `SELECT a.status, (SELECT count(*)::int FROM adhesion_transition t WHERE t.adhesion_id = a.id) AS transitions
         FROM adhesion a WHERE a.firm_id = $1`,
      [survivor.id],
    );
    expect(adhesions).toEqual([{ status: 'SIGNED', transitions: transitionsBefore }]);
    // The duplicate links: the confirmed one stays, the declared one is ended.
    const links = await fixture.api.ds.query(
      `SELECT id, status, supplier_id FROM supply_link WHERE id = ANY($1::uuid[]) ORDER BY status`,
      [[mergedLink.id, survivorLink.id]],
    );
    expect(links).toEqual([
      { id: mergedLink.id, status: 'CONFIRMED', supplier_id: survivor.id },
      { id: survivorLink.id, status: 'ENDED', supplier_id: survivor.id },
    ]);
    // Conflicting pending join request declined, not lost; article code kept unique.
    expect(
      await fixture.api.ds.query(`SELECT status FROM plan_join_request WHERE firm_id = $1 ORDER BY status`, [
        survivor.id,
      ]),
    ).toEqual([{ status: 'DECLINED' }, { status: 'PENDING' }]);
    expect(
      (await fixture.api.ds.query(`SELECT code FROM article WHERE firm_id = $1 ORDER BY code`, [survivor.id]))
        .length,
    ).toBe(2);
    expect(await fixture.api.ds.getRepository(FirmEntity).findOneBy({ id: merged.id })).toBeNull();

    // The old id leads to the survivor.
    const old = await fixture.api.gql<{ firm: { id: string; legalName: string } }>(
      `query ($id: ID!) { firm(id: $id) { id legalName } }`,
      { id: merged.id },
      { cookie: cookies.CHAMBER },
    );
    expect(old.body.data!.firm).toEqual({ id: survivor.id, legalName: 'Calzaturificio Rossi S.r.l.' });
    const audit = await fixture.api.ds.query(
      `SELECT action, entity_id FROM audit_entry WHERE action IN ('MERGE_FIRMS', 'MERGED_INTO_FIRM') ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'MERGED_INTO_FIRM', entity_id: merged.id },
      { action: 'MERGE_FIRMS', entity_id: survivor.id },
    ]);
  });

  it('refuses FIRM and CHAMBER (FORBIDDEN), a stale version (CONFLICT) and the same record twice, changing nothing', async () => {
    const survivor = await buildFirm(fixture.api.ds);
    const merged = await buildFirm(fixture.api.ds);
    const input = {
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      mergedId: merged.id,
      mergedVersion: merged.version,
      takeFromMerged: [],
    };
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const res = await fixture.api.gql(MERGE, { input }, { cookie: cookies[role] });
      expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
      const pre = await fixture.api.gql(PREVIEW, { s: survivor.id, m: merged.id }, { cookie: cookies[role] });
      expect(errorOf(pre.body)?.code).toBe('FORBIDDEN');
    }
    const stale = await fixture.api.gql(
      MERGE,
      { input: { ...input, mergedVersion: 7 } },
      { cookie: cookies.ADMIN },
    );
    expect(errorOf(stale.body)?.code).toBe('CONFLICT');
    const same = await fixture.api.gql(
      MERGE,
      { input: { ...input, mergedId: survivor.id } },
      { cookie: cookies.ADMIN },
    );
    expect(errorOf(same.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedId' });
    expect(
      await fixture.api.ds.getRepository(FirmEntity).countBy([{ id: survivor.id }, { id: merged.id }]),
    ).toBe(2);
    expect(await fixture.api.ds.query(`SELECT * FROM firm_redirect WHERE old_id = $1`, [merged.id])).toEqual(
      [],
    );
  });
});
