/**
 * GS1 GTIN rules used on both sides: an article's GTIN (8, 12, 13 or 14 digits, mod-10 check digit)
 * and its GTIN-14 form, which a GS1 Digital Link URI carries after `/01/`.
 */
export function isValidGtin(value: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = digits.pop()!;
  // From the right, the digits next to the check digit weigh 3, then 1, alternately.
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/** The GTIN padded to 14 digits, as GS1 Digital Link writes it. */
export const toGtin14 = (gtin: string): string => gtin.padStart(14, '0');
