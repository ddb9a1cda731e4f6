import { foldText } from '../../common/validation.js';

/** The stored search column of an ATECO code: code and both titles, folded. */
export function searchText(code: string, titleIt: string, titleEn: string): string {
  return foldText(`${code} ${titleIt} ${titleEn}`);
}
