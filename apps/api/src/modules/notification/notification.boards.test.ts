import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@filiera/shared';
import {
  buildAdhesion,
  buildCapability,
  buildFirm,
  buildSupplyLink,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { subscribeLive, untilLive } from '../../test/live-client.js';
import { publishLive } from '../../common/live.js';

// The task board, the adhesion pipeline and a firm's links follow changes live, each event re-read.

const ADHESION_CHANGED = `subscription { adhesionChanged { id status firm { id } } }`;
const TASK_CHANGED = `subscription { taskChanged { id status title } }`;
const LINK_CHANGED = `subscription { supplyLinkChanged { id supplier { legalName } } }`;
type AdhesionChanged = { adhesionChanged: { id: string; status: string; firm: { id: string } } };
type TaskChanged = { taskChanged: { id: string; status: string; title: string } };
type LinkChanged = { supplyLinkChanged: { id: string; supplier: { legalName: string } } };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function person(role: Role, firmId?: string) {
  const user = await buildUser(api.ds, role, firmId ? { firmId } : {});
  return { user, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

/** Publishes a change of an object, as the live processor would (it proves a subscription is live). */
const poke =
  (type: string, id: string, firmIds: string[] = []) =>
  () =>
    api.ds.transaction((m) => publishLive(m, [{ t: 'o', type, id, f: firmIds }]));

describe('live boards', () => {
  it('an adhesion moved by one consultant reaches another’s pipeline and the chamber’s, not a firm’s', async () => {
    const mover = await person('CONSULTANT');
    const watcher = await person('CONSULTANT');
    const chamber = await person('CHAMBER');
    const firm = await person('FIRM');
    const adhesion = await buildAdhesion(api.ds, { status: 'INVITED' });
    const pipelines = [watcher, chamber].map((p) =>
      subscribeLive<AdhesionChanged>(api.url, p.cookie, ADHESION_CHANGED),
    );
    for (const pipeline of pipelines) await untilLive(pipeline, poke('Adhesion', adhesion.id));
    const refused = subscribeLive<AdhesionChanged>(api.url, firm.cookie, ADHESION_CHANGED);
    await expect(refused.next()).rejects.toThrow(/FORBIDDEN/);

    const moved = await api.gql(
      `mutation ($input: MoveAdhesionInput!) { moveAdhesion(input: $input) { status } }`,
      { input: { id: adhesion.id, version: adhesion.version, to: 'DOCUMENTS_REQUESTED' } },
      { cookie: mover.cookie },
    );
    expect(moved.body.errors).toBeUndefined();
    await api.runJobs();
    for (const pipeline of pipelines) {
      const change = await pipeline.nextWhere((e) => e.adhesionChanged.status !== 'INVITED');
      expect(change.adhesionChanged).toEqual({
        id: adhesion.id,
        status: 'DOCUMENTS_REQUESTED',
        firm: { id: adhesion.firmId },
      });
    }
    await Promise.all([...pipelines, refused].map((s) => s.dispose()));
  });

  it('a task created and moved by one consultant reaches another’s board as it is after each change', async () => {
    const author = await person('CONSULTANT');
    const watcher = await person('CONSULTANT');
    const created = await api.gql<{ createTask: { id: string; version: number } }>(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
      { input: { title: 'Preparare l’assemblea', phase: 'ADHESIONS' } },
      { cookie: author.cookie },
    );
    const task = created.body.data!.createTask;
    const board = subscribeLive<TaskChanged>(api.url, watcher.cookie, TASK_CHANGED);
    await untilLive(board, poke('Task', task.id));

    const moved = await api.gql(
      `mutation ($input: MoveTaskInput!) { moveTask(input: $input) { status } }`,
      { input: { id: task.id, version: task.version, status: 'IN_PROGRESS' } },
      { cookie: author.cookie },
    );
    expect(moved.body.errors).toBeUndefined();
    await api.runJobs();
    const change = await board.nextWhere((e) => e.taskChanged.status === 'IN_PROGRESS');
    expect(change.taskChanged).toEqual({
      id: task.id,
      status: 'IN_PROGRESS',
      title: 'Preparare l’assemblea',
    });
    await board.dispose();
  });

  it('each event of a long-lived subscription is read afresh: a firm renamed meanwhile shows its new name', async () => {
    const supplier = await buildFirm(api.ds, { legalName: 'Suolificio Vecchio S.r.l.' });
    const customer = await buildFirm(api.ds);
    const capability = await buildCapability(api.ds);
    const link = await buildSupplyLink(api.ds, {
      supplierId: supplier.id,
      customerId: customer.id,
      capabilityId: capability.id,
    });
    const me = await person('FIRM', customer.id);
    const links = subscribeLive<LinkChanged>(api.url, me.cookie, LINK_CHANGED);
    const first = await untilLive(links, poke('SupplyLink', link.id, [customer.id]));
    expect(first.supplyLinkChanged.supplier.legalName).toBe('Suolificio Vecchio S.r.l.');

    await api.ds.query(`UPDATE firm SET legal_name = 'Suolificio Nuovo S.r.l.' WHERE id = $1`, [supplier.id]);
    await poke('SupplyLink', link.id, [customer.id])();
    // Pokes left over from waiting above may still carry the old name; the one after the rename must not.
    const renamed = await links.nextWhere(
      (e) => e.supplyLinkChanged.supplier.legalName === 'Suolificio Nuovo S.r.l.',
      5000,
    );
    expect(renamed.supplyLinkChanged.id).toBe(link.id);
    await links.dispose();
  });
});
