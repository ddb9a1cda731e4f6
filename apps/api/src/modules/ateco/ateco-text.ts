/** Lower case without accents, so "citta" finds "Città" and "CALZATURE" finds "calzature". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The stored search column of an ATECO code: code and both titles, folded. */
export function searchText(code: string, titleIt: string, titleEn: string): string {
  return foldText(`${code} ${titleIt} ${titleEn}`);
}
