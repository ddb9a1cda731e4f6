import type { EventEntity } from './event.entity.js';

/**
 * iCalendar (RFC 5545) written by hand: the format needs only a few rules — CRLF line ends, lines
 * folded at 75 octets, TEXT escaping, UTC date-times — and no dependency is worth that.
 */

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character; continuations start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A UTC date-time in iCalendar's basic format, e.g. 20261125T093000Z. */
export const icsDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface CalendarOptions {
  /** Where links point, e.g. https://filiera.example. */
  publicUrl: string;
  language: 'it' | 'en';
  /** The calendar's name. */
  name: string;
  now?: Date;
}

/** A VCALENDAR with one VEVENT per event, as a string with CRLF line ends. */
export function buildCalendar(events: readonly EventEntity[], options: CalendarOptions): string {
  const stamp = icsDateTime(options.now ?? new Date());
  const host = new URL(options.publicUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Filiera//Calendario eventi//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const e of events) {
    const title = options.language === 'en' ? e.titleEn : e.titleIt;
    const description = options.language === 'en' ? e.descriptionEn : e.descriptionIt;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsDateTime(e.startsAt)}`,
      `DTEND:${icsDateTime(e.endsAt)}`,
      `LAST-MODIFIED:${icsDateTime(e.updatedAt)}`,
      // Calendars replace an event they already have when SEQUENCE grows.
      `SEQUENCE:${e.version - 1}`,
      `SUMMARY:${escapeText(title)}`,
      `LOCATION:${escapeText(e.place)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      `CATEGORIES:${e.kind}`,
      `CLASS:${e.audience === 'PUBLIC' ? 'PUBLIC' : 'PRIVATE'}`,
      `URL:${options.publicUrl}/events#${e.id}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
