import type { MailLanguage } from './mail-outbox.entity.js';

/** What a mail says, before it is laid out as plain text and HTML. */
export interface MailContent {
  subject: string;
  /** Paragraphs of plain text; line breaks inside one are kept. */
  paragraphs: string[];
  /** A link the mail is about (e.g. "Choose a new password"), shown as a button in HTML. */
  action?: { label: string; url: string };
  /** Paragraphs after the action, e.g. "If you did not ask for this, ignore this mail". */
  after?: string[];
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SIGNATURE: Record<MailLanguage, string> = {
  it: 'Filiera, la piattaforma della rete di imprese',
  en: 'Filiera, the business network platform',
};

/** The same mail as plain text and as simple, inline-styled HTML (every value escaped). */
export function renderMail(content: MailContent, language: MailLanguage): { text: string; html: string } {
  const after = content.after ?? [];
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...after,
    `--\n${SIGNATURE[language]}`,
  ].join('\n\n');
  const paragraph = (p: string) =>
    `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#4b5563;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : '';
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111827;background:#ffffff">',
    ...content.paragraphs.map(paragraph),
    action,
    ...after.map(paragraph),
    `<p style="margin:32px 0 0;font-size:13px;color:#4b5563">${escapeHtml(SIGNATURE[language])}</p>`,
    '</body></html>',
  ].join('');
  return { text, html };
}
