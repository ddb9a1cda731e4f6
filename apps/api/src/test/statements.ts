import type { Pool } from 'pg';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * The SQL statements `run` causes: those TypeORM sends, and those sent straight on its pool (the session
 * lookup every signed-in request makes, session.service.ts), in the order they were sent.
 */
export async function sqlOf(ds: DataSource, run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const counter: EntitySubscriberInterface = { beforeQuery: (e) => void statements.push(e.query) };
  const pool = (ds.driver as PostgresDriver).master as Pool;
  const query = pool.query;
  pool.query = ((config: string | { text: string }, ...rest: unknown[]) => {
    statements.push(typeof config === 'string' ? config : config.text);
    return Reflect.apply(query, pool, [config, ...rest]) as unknown;
  }) as Pool['query'];
  ds.subscribers.push(counter);
  try {
    await run();
    return statements;
  } finally {
    ds.subscribers.splice(ds.subscribers.indexOf(counter), 1);
    pool.query = query;
  }
}

/** How many SQL statements `run` causes. */
export const statementsOf = async (ds: DataSource, run: () => Promise<unknown>): Promise<number> =>
  (await sqlOf(ds, run)).length;
