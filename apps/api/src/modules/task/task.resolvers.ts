import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { delivered, liveObjects } from '../../common/live.js';
import { TaskEntity } from './task.entity.js';
import { taskPolicy } from './task.policy.js';
import { moveTask, setTaskBlockers } from './task.blockers.js';
import { addTaskComment, createTask, updateTask } from './task.edit.js';
import {
  assignableUsers,
  getTask,
  isOverdue,
  listActivity,
  listComments,
  listTasks,
  myWeek,
  taskBoard,
} from './task.service.js';

const present = <T>(rows: (T | null | Error)[]): T[] =>
  rows.filter((r): r is T => r !== null && !(r instanceof Error));

export const taskResolvers: Resolvers = {
  Query: {
    tasks: authorize(taskPolicy.read, (_p, args, ctx) => listTasks(ctx, args)),
    task: authorize(taskPolicy.read, (_p, { id }, ctx) => getTask(ctx, id)),
    taskBoard: authorize(taskPolicy.read, (_p, args, ctx) => taskBoard(ctx, args)),
    myWeek: authorize(taskPolicy.read, (_p, _a, ctx) => myWeek(ctx)),
    assignableUsers: authorize(taskPolicy.read, (_p, _a, ctx) => assignableUsers(ctx)),
  },
  Mutation: {
    createTask: authorize(taskPolicy.write, (_p, { input }, ctx) => createTask(ctx, input)),
    updateTask: authorize(taskPolicy.write, (_p, { input }, ctx) => updateTask(ctx, input)),
    moveTask: authorize(taskPolicy.write, (_p, { input }, ctx) => moveTask(ctx, input)),
    setTaskBlockers: authorize(taskPolicy.write, (_p, { input }, ctx) => setTaskBlockers(ctx, input)),
    addTaskComment: authorize(taskPolicy.write, (_p, { input }, ctx) => addTaskComment(ctx, input)),
  },
  Subscription: {
    taskChanged: {
      // Everyone who may read tasks reads them all: one re-read per event serves them all.
      subscribe: authorize(taskPolicy.read, (_p, _a, ctx) =>
        liveObjects(ctx, 'Task', 'task-readers', (id) => ctx.ds.getRepository(TaskEntity).findOneBy({ id })),
      ),
      resolve: delivered<TaskEntity>,
    },
  },
  Task: {
    assignee: (t, _a, ctx) => (t.assigneeId ? ctx.loaders.userById.load(t.assigneeId) : null),
    overdue: (t) => isOverdue(t),
    blockedBy: async (t, _a, ctx) =>
      present<TaskEntity>(
        await ctx.loaders.tasks.taskById.loadMany(await ctx.loaders.tasks.blockerIdsByTaskId.load(t.id)),
      ),
    blocks: async (t, _a, ctx) =>
      present<TaskEntity>(
        await ctx.loaders.tasks.taskById.loadMany(await ctx.loaders.tasks.blockedIdsByTaskId.load(t.id)),
      ),
    openBlockerCount: async (t, _a, ctx) => {
      const blockers = await ctx.loaders.tasks.taskById.loadMany(
        await ctx.loaders.tasks.blockerIdsByTaskId.load(t.id),
      );
      return present<TaskEntity>(blockers).filter((b) => b.status !== 'DONE').length;
    },
    firms: async (t, _a, ctx) =>
      present(await ctx.loaders.firmById.loadMany(await ctx.loaders.tasks.firmIdsByTaskId.load(t.id))),
    planAction: (t, _a, ctx) => (t.planActionId ? ctx.loaders.plan.actionById.load(t.planActionId) : null),
    comments: (t, args, ctx) => listComments(ctx, t.id, args),
    activity: (t, args, ctx) => listActivity(ctx, t.id, args),
  },
  TaskComment: {
    author: (c, _a, ctx) => (c.authorId ? ctx.loaders.userById.load(c.authorId) : null),
  },
  TaskActivity: {
    task: async (a, _args, ctx) => getTask(ctx, a.taskId),
    actor: (a, _args, ctx) => (a.actorId ? ctx.loaders.userById.load(a.actorId) : null),
  },
};
