import type { Language } from '../../i18n';
import { createFormatters } from '../../i18n/format';

/**
 * An axis tick in the language's own number format: 3000 and 12.000 in Italian (no English "3K"),
 * the short form only from a million (1,3 Mln), where it is the language's own too.
 */
export function axisTickFormatter(language: Language): (value: number) => string {
  return createFormatters(language).axisTick;
}

/** Longest category label (in characters) drawn under a vertical bar before the bars turn sideways. */
const SHORT_LABEL = 10;

/**
 * Whether a bar chart lies on its side: with many bars, or with labels too long to sit under a bar,
 * which would otherwise overlap or be cut to look alike ("Segromigno…", "Segromigno…").
 */
export function barsOnTheirSide(labels: readonly string[]): boolean {
  return labels.length > 6 || labels.some((l) => l.length > SHORT_LABEL);
}
