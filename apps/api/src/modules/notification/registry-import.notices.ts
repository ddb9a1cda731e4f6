import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { RegistryImportEntity } from '../registry-import/registry-import.entity.js';
import { notify } from './notification.service.js';

const FINISHED = new Set(['PREVIEWED', 'APPLIED', 'FAILED']);

/** Tells the person who started an import's dry run or apply that it finished (ready, applied or failed). */
export async function notifyImportFinished(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'registryImport.finished'>,
): Promise<void> {
  const done = await manager.findOneBy(RegistryImportEntity, { id: event.subject.registryImportId });
  if (!event.actorId || !done || !FINISHED.has(done.status)) return;
  await notify(manager, config, {
    kind: 'REGISTRY_IMPORT_FINISHED',
    recipients: { userIds: [event.actorId] },
    object: { type: 'RegistryImport', id: done.id },
    params: { status: done.status, fileName: done.fileName },
  });
}
