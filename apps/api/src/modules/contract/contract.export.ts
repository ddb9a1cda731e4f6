import PDFDocument from 'pdfkit';
import { CONTRACT_SECTION_TITLES, contractSectionTexts, type ContractSnapshot } from '@filiera/shared';
import { csvDocument } from '../../common/csv.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import type { NetworkContractEntity } from './contract.entity.js';

type Lang = 'it' | 'en';

const LABELS: Record<Lang, Record<string, string>> = {
  it: {
    status: 'Stato',
    registration: 'Iscrizione',
    none: 'non ancora iscritto',
    participants: 'Partecipanti',
    noParticipants: 'Nessuna impresa partecipante.',
    name: 'Denominazione',
    taxCode: 'Codice fiscale',
    rea: 'REA',
    province: 'Prov.',
    DRAFT: 'Bozza',
    UNDER_REVIEW: 'In revisione',
    APPROVED: 'Approvato',
    SIGNED: 'Firmato',
    REGISTERED: 'Iscritto',
  },
  en: {
    status: 'Status',
    registration: 'Registration',
    none: 'not registered yet',
    participants: 'Participants',
    noParticipants: 'No participating firms.',
    name: 'Name',
    taxCode: 'Tax code',
    rea: 'REA',
    province: 'Prov.',
    DRAFT: 'Draft',
    UNDER_REVIEW: 'Under review',
    APPROVED: 'Approved',
    SIGNED: 'Signed',
    REGISTERED: 'Registered',
  },
};

/**
 * The printable contract: title, type, status and registration, every section, the participants.
 * Uncompressed, so that its text can be checked by the end-to-end tests and found by plain search tools.
 */
export function contractPdf(
  contract: NetworkContractEntity,
  snapshot: ContractSnapshot,
  participants: FirmEntity[],
  lang: Lang,
): Promise<Buffer> {
  const l = LABELS[lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: { Title: snapshot.document.title, Subject: 'Contratto di rete (L. 33/2009)' },
    lang: lang === 'it' ? 'it-IT' : 'en-GB',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(18).text(snapshot.document.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(`${l.status}: ${l[contract.status]}`);
  doc.text(
    `${l.registration}: ${
      contract.registrationNumber
        ? `${contract.registrationNumber} (${contract.registrationDate ?? ''})`
        : l.none
    }`,
  );
  const texts = contractSectionTexts(snapshot, lang);
  const titles = CONTRACT_SECTION_TITLES[lang];
  for (const [section, body] of Object.entries(texts) as [keyof typeof texts, string][]) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).text(titles[section]);
    doc
      .moveDown(0.3)
      .font('Helvetica')
      .fontSize(10)
      .text(body.trim() || '—');
  }

  doc
    .moveDown(1)
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(l.participants ?? '');
  doc.moveDown(0.3).fontSize(9);
  if (participants.length === 0) doc.font('Helvetica').text(l.noParticipants ?? '');
  const columns = [
    { label: l.name, width: 220, value: (f: FirmEntity) => f.legalName },
    { label: l.taxCode, width: 100, value: (f: FirmEntity) => f.taxCode ?? f.vatNumber },
    { label: l.rea, width: 90, value: (f: FirmEntity) => f.reaNumber ?? '—' },
    { label: l.province, width: 40, value: (f: FirmEntity) => f.province ?? '—' },
  ];
  const row = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    let height = 0;
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 80;
      doc.text(cell, x, y, { width: width - 6 });
      height = Math.max(height, doc.y - y);
      x += width;
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height + 4;
  };
  if (participants.length > 0) {
    row(
      columns.map((c) => c.label ?? ''),
      true,
    );
    for (const f of participants)
      row(
        columns.map((c) => c.value(f)),
        false,
      );
  }
  doc.end();
  return done;
}

/** The participants as the filing needs them (common/csv.ts: BOM, quoting, formula escaping). */
export function participantsCsv(participants: FirmEntity[]): string {
  return csvDocument(
    [
      ['denominazione', 'codice_fiscale', 'rea', 'provincia', 'ateco'],
      ...participants.map((f) => [
        f.legalName,
        f.taxCode ?? f.vatNumber,
        f.reaNumber,
        f.province,
        f.atecoCodes.join(' '),
      ]),
    ],
    { separator: ',' },
  );
}
