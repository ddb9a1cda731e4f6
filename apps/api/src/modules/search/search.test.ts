import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, buildFirm, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { PlanActionEntity, StrategicPlanEntity } from '../plan/plan.entity.js';
import { TaskEntity } from '../task/task.entity.js';

const SEARCH = `query ($query: String!, $first: Int) { search(query: $query, first: $first) { kind id title titleEn detail } }`;
type Result = { kind: string; id: string; title: string; titleEn: string | null; detail: string | null };

let api: TestApi;
let admin: string;
let chamber: string;
let firmUser: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn((await buildUser(api.ds, 'ADMIN')).email, TEST_PASSWORD);
  chamber = await api.signIn((await buildUser(api.ds, 'CHAMBER')).email, TEST_PASSWORD);
  firmUser = await api.signIn((await buildUser(api.ds, 'FIRM')).email, TEST_PASSWORD);
  ids.firm = (
    await buildFirm(api.ds, { legalName: 'Calzaturificio Lùcchesè Perfetto S.r.l.', tradeName: null })
  ).id;
  ids.person = (await buildUser(api.ds, 'FIRM', { name: 'Niccolò Pierotti' })).id;
  ids.task = (
    await api.ds.getRepository(TaskEntity).save({
      title: 'Raccogliere le adesioni delle calzature',
      description: 'Telefonate alle imprese',
      phase: 'ADHESIONS',
      status: 'TODO',
      priority: 'MEDIUM',
    } as TaskEntity)
  ).id;
  const plan = await api.ds.getRepository(StrategicPlanEntity).save({
    title: 'Piano 2027–2029',
    startYear: 2027,
    endYear: 2029,
    status: 'DRAFT',
  } as StrategicPlanEntity);
  ids.action = (
    await api.ds.getRepository(PlanActionEntity).save({
      planId: plan.id,
      axis: 'EVENTS_INTERNATIONALISATION',
      title: 'Missioni commerciali in Germania',
      description: null,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      status: 'PLANNED',
    } as PlanActionEntity)
  ).id;
});
afterAll(async () => {
  await api.close();
});

async function search(cookie: string, query: string): Promise<Result[]> {
  const res = await api.gql<{ search: Result[] }>(SEARCH, { query, first: 50 }, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.search;
}

describe('search', () => {
  it('finds a firm by a word typed without its accents, and by a misspelt name', async () => {
    const byWord = await search(admin, 'lucchese');
    expect(byWord).toContainEqual(
      expect.objectContaining({
        kind: 'FIRM',
        id: ids.firm,
        title: 'Calzaturificio Lùcchesè Perfetto S.r.l.',
      }),
    );
    const misspelt = await search(admin, 'perfeto');
    expect(misspelt.map((r) => r.id)).toContain(ids.firm);
  });

  it('matches Italian word forms by their stem and the last word as a prefix', async () => {
    // "missione" and "Missioni" share the Italian stem; "germ" is a prefix of "Germania".
    const found = await search(admin, 'missione germ');
    expect(found).toContainEqual({
      kind: 'PLAN_ACTION',
      id: ids.action,
      title: 'Missioni commerciali in Germania',
      titleEn: null,
      detail: 'PLANNED',
    });
    expect((await search(admin, 'calzatura')).map((r) => r.id)).toContain(ids.task);
  });

  it('shows people only to the ADMIN and tasks only to the staff and the Chamber', async () => {
    expect((await search(admin, 'niccolo pierotti')).map((r) => r.id)).toContain(ids.person);
    expect((await search(chamber, 'niccolo pierotti')).filter((r) => r.kind === 'PERSON')).toEqual([]);
    expect((await search(chamber, 'adesioni')).map((r) => r.id)).toContain(ids.task);

    const firmSees = [
      ...(await search(firmUser, 'niccolo pierotti')),
      ...(await search(firmUser, 'adesioni')),
    ];
    expect(firmSees.filter((r) => r.kind === 'PERSON' || r.kind === 'TASK')).toEqual([]);
    // What every member reads stays findable.
    expect((await search(firmUser, 'germania')).map((r) => r.id)).toContain(ids.action);
    expect((await search(firmUser, 'lucchese')).map((r) => r.id)).toContain(ids.firm);
  });

  it('refuses anonymous visitors and a query too short or too long, naming the field', async () => {
    const anonymous = await api.gql(SEARCH, { query: 'calzaturificio' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const query of ['a', 'x'.repeat(101)]) {
      const res = await api.gql(SEARCH, { query }, { cookie: admin });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'query' }],
      });
    }
  });

  it('answers nothing, without an error, for words that are only punctuation or stop words', async () => {
    expect(await search(admin, '&|!:*')).toEqual([]);
    expect(await search(admin, 'di la')).toEqual([]);
  });
});
