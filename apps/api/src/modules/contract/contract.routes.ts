import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule } from '../../common/auth.js';
import { restRoute } from '../../common/http.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { PARTICIPANT_STATUSES } from '@filiera/shared';
import { NetworkContractEntity } from './contract.entity.js';
import { contractPdf, participantsCsv } from './contract.export.js';
import { contractPolicy } from './contract.policy.js';

async function load(ds: DataSource) {
  const contract = await ds
    .getRepository(NetworkContractEntity)
    .findOne({ where: {}, order: { createdAt: 'ASC' } });
  const participants = await ds
    .getRepository(FirmEntity)
    .createQueryBuilder('f')
    .where(`EXISTS (SELECT 1 FROM adhesion a WHERE a.firm_id = f.id AND a.status = ANY(:statuses))`, {
      statuses: PARTICIPANT_STATUSES,
    })
    .orderBy('f.legal_name')
    .addOrderBy('f.id')
    .getMany();
  return { contract, participants };
}

/** GET /api/contract.pdf?lang=it|en and GET /api/contract/participants.csv (signed in). */
export function contractExportRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  router.get(
    '/api/contract.pdf',
    restRoute(
      ds,
      config,
      'Contract PDF',
      async (ctx, req, res) => {
        assertRule(ctx, contractPolicy.read);
        const { contract, participants } = await load(ctx.ds);
        if (!contract) return void res.status(404).end();
        const reference = contract.referenceFirmId
          ? await ctx.ds.getRepository(FirmEntity).findOneBy({ id: contract.referenceFirmId })
          : null;
        const lang = req.query.lang === 'en' ? 'en' : 'it';
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
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', `attachment; filename="contratto-di-rete-${lang}.pdf"`);
        res.setHeader('Cache-Control', 'no-store');
        res.end(pdf);
      },
      { readOnly: true },
    ),
  );
  router.get(
    '/api/contract/participants.csv',
    restRoute(
      ds,
      config,
      'Contract participants CSV',
      async (ctx, _req, res) => {
        assertRule(ctx, contractPolicy.read);
        const { participants } = await load(ctx.ds);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', 'attachment; filename="partecipanti-rete.csv"');
        res.setHeader('Cache-Control', 'no-store');
        res.end(participantsCsv(participants));
      },
      { readOnly: true },
    ),
  );
  return router;
}
