import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { TaskStatus } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField, DomainError, ErrorCode } from '../../common/errors.js';
import { parseInput, uuid, version } from '../../common/validation.js';
import { TaskEntity } from './task.entity.js';
import { updateTaskRow } from './task.edit.js';

// Moving a task along the board, and the blockers it waits for (no cycles, no open blockers on DONE).

const moveSchema = z.object({ id: uuid, version, status: z.enum(TaskStatus) });

/** The titles of the task's blockers that are not DONE. */
async function openBlockers(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { title: string }[] = await manager.query(
    `SELECT b.title FROM task_blocker tb JOIN task b ON b.id = tb.blocker_id
      WHERE tb.task_id = $1 AND b.status <> 'DONE' ORDER BY b.title`,
    [taskId],
  );
  return rows.map((r) => r.title);
}

const quoteList = (titles: string[]) => titles.map((t) => `"${t}"`).join(', ');

/** BAD_USER_INPUT on one field that also lists the tasks concerned, so the UI can name them in its language. */
function badTasks(field: string, reason: string, message: string, titles: string[]): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, {
    field,
    reason,
    fields: [{ field, reason, message }],
    tasks: titles,
  });
}

/** Moves a task to another status; DONE is refused while a blocker is open. */
export async function moveTask(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const input = parseInput(moveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (input.status === 'DONE') {
      const open = await openBlockers(manager, input.id);
      if (open.length) {
        throw badTasks(
          'status',
          'open_blockers',
          `cannot be DONE while these blockers are open: ${quoteList(open)}`,
          open,
        );
      }
    }
    return updateTaskRow(manager, ctx, 'MOVED', {
      id: input.id,
      version: input.version,
      changes: { status: input.status },
      snapshot: (t) => ({ status: t.status }),
    });
  });
}

const blockersSchema = z.object({
  id: uuid,
  version,
  blockerIds: z.array(uuid).max(50, 'lists more than 50 blockers'),
});

/**
 * The chain of blockers that would lead back to the task if it were blocked by `blockerIds`, as titles
 * from the task to itself (each blocked by the next), or null when there is no cycle. One recursive query.
 */
async function findCycle(
  manager: EntityManager,
  taskId: string,
  blockerIds: string[],
): Promise<string[] | null> {
  const rows: { path: string[] }[] = await manager.query(
    `WITH RECURSIVE chain (id, path) AS (
       SELECT b, ARRAY[$1::uuid, b] FROM unnest($2::uuid[]) AS b
       UNION ALL
       SELECT tb.blocker_id, chain.path || tb.blocker_id
         FROM chain JOIN task_blocker tb ON tb.task_id = chain.id
        WHERE chain.id <> $1 AND NOT tb.blocker_id = ANY (chain.path[2:])
     )
     SELECT path FROM chain WHERE id = $1 ORDER BY array_length(path, 1) LIMIT 1`,
    [taskId, blockerIds],
  );
  const path = rows[0]?.path;
  if (!path) return null;
  const titles: { id: string; title: string }[] = await manager.query(
    `SELECT id, title FROM task WHERE id = ANY($1::uuid[])`,
    [path],
  );
  const byId = new Map(titles.map((t) => [t.id, t.title]));
  return path.map((id) => byId.get(id) ?? id);
}

async function blockerTitles(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { title: string }[] = await manager.query(
    `SELECT b.title FROM task_blocker tb JOIN task b ON b.id = tb.blocker_id WHERE tb.task_id = $1 ORDER BY b.title`,
    [taskId],
  );
  return rows.map((r) => r.title);
}

/** Refuses blockers that do not exist, that would close a cycle, or that are open while the task is DONE. */
async function checkBlockers(manager: EntityManager, task: TaskEntity, blockerIds: string[]) {
  const found = await manager
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .where('t.id IN (:...ids)', { ids: blockerIds })
    .getMany();
  if (found.length !== blockerIds.length) {
    throw badField('blockerIds', 'not_found', 'names a task that does not exist');
  }
  const cycle = await findCycle(manager, task.id, blockerIds);
  if (cycle) {
    throw badTasks(
      'blockerIds',
      'cycle',
      `would make a cycle: ${cycle.map((t) => `"${t}"`).join(' → ')}`,
      cycle,
    );
  }
  const open = found.filter((t) => t.status !== 'DONE');
  if (task.status === 'DONE' && open.length) {
    throw badField(
      'blockerIds',
      'open_blockers',
      `a DONE task cannot wait for open tasks: ${quoteList(open.map((t) => t.title))}`,
    );
  }
}

/** Replaces a task's blockers; a blocker that would close a cycle is refused, naming the cycle. */
export async function setTaskBlockers(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const input = parseInput(blockersSchema, rawInput);
  const blockerIds = [...new Set(input.blockerIds)];
  return ctx.ds.transaction(async (manager) => {
    // Lock and bump the task first, so two concurrent edits of its blockers cannot both pass the cycle check.
    return updateTaskRow(manager, ctx, 'BLOCKERS_CHANGED', {
      id: input.id,
      version: input.version,
      changes: {},
      snapshot: () => ({}),
      alongside: async ({ before }) => {
        if (blockerIds.length) await checkBlockers(manager, before, blockerIds);
        const titlesBefore = await blockerTitles(manager, input.id);
        await manager.query(`DELETE FROM task_blocker WHERE task_id = $1`, [input.id]);
        if (blockerIds.length) {
          await manager.query(
            `INSERT INTO task_blocker (task_id, blocker_id) SELECT $1, unnest($2::uuid[])`,
            [input.id, blockerIds],
          );
        }
        const titlesAfter = await blockerTitles(manager, input.id);
        return { before: { blockedBy: titlesBefore }, after: { blockedBy: titlesAfter } };
      },
    });
  });
}
