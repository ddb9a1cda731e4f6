import { once } from 'node:events';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { migrations } from './db/data-source.js';
import { gql, startProcess, stopStartedProcesses } from './test/api-process.js';
import { createFirm, createUser, TEST_PASSWORD } from './test/factories.js';
import { freshDatabase } from './test/harness.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

afterEach(stopStartedProcesses);

describe('several API processes', () => {
  it('two processes on one database: a session that writes through one reads its write through the other at once', async () => {
    const { ds, drop } = await freshDatabase();
    try {
      const user = await createUser(ds, 'FIRM');
      await createFirm(ds);
      const url = (ds.options as { url: string }).url;
      const [one, two] = await Promise.all([
        startProcess({ DATABASE_URL: url }),
        startProcess({ DATABASE_URL: url }),
      ]);
      await Promise.all([one.running(), two.running()]);

      const signIn = await gql(one.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
      const cookie = signIn.cookie!;
      const name = async () => {
        const res = await gql<{ firm: { legalName: string; version: number } }>(
          two.url,
          `query ($id: ID!) { firm(id: $id) { legalName version } }`,
          { id: user.firmId },
          cookie,
        );
        expect(res.body.errors).toBeUndefined();
        return res.body.data!.firm;
      };
      const directory = async () => {
        const res = await gql<{ firms: { edges: { node: { id: string; legalName: string } }[] } }>(
          two.url,
          `{ firms(first: 50) { edges { node { id legalName } } } }`,
          {},
          cookie,
        );
        return res.body.data!.firms.edges.find((e) => e.node.id === user.firmId)!.node.legalName;
      };
      // The second process has the directory page in its cache before the write.
      const before = await name();
      expect(await directory()).toBe(before.legalName);

      const renamed = await gql(
        one.url,
        `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { version } }`,
        {
          input: {
            id: user.firmId,
            version: before.version,
            legalName: 'Calzaturificio Due Processi S.r.l.',
          },
        },
        cookie,
      );
      expect(renamed.body.errors).toBeUndefined();
      expect((await name()).legalName).toBe('Calzaturificio Due Processi S.r.l.');
      expect(await directory()).toBe('Calzaturificio Due Processi S.r.l.');
    } finally {
      await drop();
    }
  }, 90_000);

  it('WEB_CONCURRENCY=2 on an empty database: both processes serve, migrations and the seed ran once', async () => {
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    const name = `filiera_cluster_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${name}`;
    try {
      const app = await startProcess({
        DATABASE_URL: url.toString(),
        WEB_CONCURRENCY: '2',
        SEED_ON_START: 'true',
      });
      await app.running(2);
      const signIn = await gql(app.url, SIGN_IN, {
        input: { email: 'camera@filiera.example', password: 'filiera-camera-2026' },
      });
      expect(signIn.body.errors).toBeUndefined();

      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const users = await db.query(`SELECT count(*)::int AS n FROM app_user`);
      const ran = await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM migrations`,
      );
      await db.end();
      expect(users.rows[0].n).toBe(4);
      expect(ran.rows[0]).toEqual({ n: migrations.length, distinct: migrations.length });

      // Ctrl-C (SIGINT to the supervisor): every process drains and stops, with success.
      app.child.kill('SIGINT');
      const [code] = (await once(app.child, 'exit')) as [number | null];
      expect(code).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
