import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { notify } from './notification.service.js';

/** Where an import's background work left it. */
export interface FinishedImport {
  id: string;
  status: string;
  version: number;
  fileName: string;
}

const FINISHED = new Set(['PREVIEWED', 'APPLIED', 'FAILED']);

/**
 * Tells the person who started an import's dry run or apply that it finished (ready, applied or
 * failed). Once per state the import reached: a second delivery of the same job writes nothing.
 */
export async function notifyImportFinished(
  manager: EntityManager,
  config: Config,
  startedById: string | null,
  done: FinishedImport | undefined,
): Promise<void> {
  if (!startedById || !done || !FINISHED.has(done.status)) return;
  await notify(manager, config, {
    kind: 'REGISTRY_IMPORT_FINISHED',
    recipients: { userIds: [startedById] },
    object: { type: 'RegistryImport', id: done.id },
    params: { status: done.status, fileName: done.fileName },
    dedupeKey: `registry-import:${done.id}:${done.version}`,
  });
}
