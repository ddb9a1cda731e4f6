import { describe, expect, it } from 'vitest';
import { api, cookies, addParticipants, useContractFixture } from './contract.fixture.js';

useContractFixture();

/** The text drawn in an uncompressed PDF: pdfkit writes each line as hex strings in a TJ array. */
function pdfText(pdf: Buffer): string {
  const lines = [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\] TJ/g)];
  return lines
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}

describe('exports', () => {
  it('serves the PDF and the participants CSV to signed-in people only', async () => {
    await addParticipants(2);
    const anonymous = await fetch(`${api.url}/api/contract.pdf`);
    expect(anonymous.status).toBe(401);
    const pdf = await fetch(`${api.url}/api/contract.pdf?lang=en`, { headers: { cookie: cookies.FIRM } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfText(bytes)).toContain('Contratto di rete');
    expect(pdfText(bytes)).toContain('Participants');
    const csv = await fetch(`${api.url}/api/contract/participants.csv`, {
      headers: { cookie: cookies.CHAMBER },
    });
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('denominazione,codice_fiscale,rea,provincia,ateco');
    expect(lines).toHaveLength(3);
  });
});
