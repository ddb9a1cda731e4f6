import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { downloadLanguage, downloadRoute, startDownload } from '../../common/download.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { NetworkContractEntity } from './contract.entity.js';
import { contractPdf, participantsCsv } from './contract.export.js';
import { contractPolicy } from './contract.policy.js';
import { allParticipants } from './contract.service.js';

/** GET /api/contract.pdf?lang=it|en and GET /api/contract/participants.csv (signed in). */
export function contractExportRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  router.get(
    '/api/contract.pdf',
    downloadRoute(ds, config, 'Contract PDF', contractPolicy.read, async (ctx, req, res) => {
      const contract = await ctx.ds
        .getRepository(NetworkContractEntity)
        .findOne({ where: {}, order: { createdAt: 'ASC' } });
      if (!contract) return void res.status(404).end();
      const participants = await allParticipants(ctx);
      const reference = contract.referenceFirmId
        ? await ctx.ds.getRepository(FirmEntity).findOneBy({ id: contract.referenceFirmId })
        : null;
      const lang = downloadLanguage(req.query.lang);
      const pdf = await contractPdf(
        contract,
        {
          type: contract.type,
          referenceFirmName: reference?.legalName ?? null,
          document: contract.document,
        },
        participants,
        lang,
      );
      startDownload(res, 'pdf', `contratto-di-rete-${lang}.pdf`);
      res.end(pdf);
    }),
  );
  router.get(
    '/api/contract/participants.csv',
    downloadRoute(ds, config, 'Contract participants CSV', contractPolicy.read, async (ctx, _req, res) => {
      const participants = await allParticipants(ctx);
      startDownload(res, 'csv', 'partecipanti-rete.csv');
      res.end(participantsCsv(participants));
    }),
  );
  return router;
}
