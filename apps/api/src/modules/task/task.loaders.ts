import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { TaskEntity } from './task.entity.js';
import { MAX_BATCH } from '../../common/loader.js';

/** Groups (key, value) rows by key, in the order of the requested keys. */
function groupRows<K, V>(keys: readonly K[], rows: { key: K; value: V }[]): V[][] {
  const grouped = new Map<K, V[]>();
  for (const r of rows) grouped.set(r.key, [...(grouped.get(r.key) ?? []), r.value]);
  return keys.map((k) => grouped.get(k) ?? []);
}

/** Per-request loaders of the task module: a board or list costs the same statements whatever its length. */
export function createTaskLoaders(ds: DataSource) {
  const taskById = new DataLoader<string, TaskEntity | null>(
    async (ids) => {
      const rows = await ds.getRepository(TaskEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
  const edges = (column: 'task_id' | 'blocker_id', other: 'task_id' | 'blocker_id') =>
    new DataLoader<string, string[]>(
      async (ids) => {
        const rows: { key: string; value: string }[] = await ds.query(
          `SELECT ${column} AS key, ${other} AS value FROM task_blocker WHERE ${column} = ANY($1::uuid[])`,
          [ids],
        );
        return groupRows(ids, rows);
      },
      { maxBatchSize: MAX_BATCH },
    );
  return {
    taskById,
    /** The ids of the tasks blocking each task. */
    blockerIdsByTaskId: edges('task_id', 'blocker_id'),
    /** The ids of the tasks each task blocks. */
    blockedIdsByTaskId: edges('blocker_id', 'task_id'),
    firmIdsByTaskId: new DataLoader<string, string[]>(
      async (ids) => {
        const rows: { key: string; value: string }[] = await ds.query(
          `SELECT task_id AS key, firm_id AS value FROM task_firm WHERE task_id = ANY($1::uuid[])`,
          [ids],
        );
        return groupRows(ids, rows);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}

export type TaskLoaders = ReturnType<typeof createTaskLoaders>;
