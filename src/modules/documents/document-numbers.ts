// Finding document numbers ("số, ký hiệu") in running text, pure and cheap. The forms Vietnamese
// documents carry (Decree 30/2020/NĐ-CP, Party rules for their own documents):
//   state, without a year   132/KH-ĐUK, 1234/QĐ-UBND, 567/UBND-VX   (number / type-issuer[-…])
//   state, with a year      42/2022/NĐ-CP, 05/2023/TT-BTTTT, 73/2006/QH11
//   Party                   17-ĐA/TU, 21-NQ/TW, 12-HD/BTGTW          (number-type / issuer[-…])
// Written with an en dash or a non-breaking hyphen, a space around the first separator
// ("132 / KH - ĐUK", "17 - ĐA/TU"), with or without Đ ("132/KH-DUK"): all found, and all reduced
// to one key (numberKey) that the register stores. Not numbers: dates (10/01/2023), fractions
// (1/2), phone numbers, anything inside a web address, codes without a number.

/** The key a number is stored and looked up by: folded, letters and digits only ("132/KH-ĐUK" → "132khduk"). */
export function numberKey(number: string): string {
  return number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface FoundNumber {
  /** Where the number starts and ends in the text (UTF-16 indexes, end exclusive). */
  start: number;
  end: number;
  /** As written, e.g. "132/KH-ĐUK". */
  text: string;
  key: string;
  /** The year the text gives: the symbol's own ("42/2022/NĐ-CP") or a date right after ("… ngày 10/01/2023"). */
  year?: number;
}

// At most one space (plain or no-break) on either side of a separator.
const SP = '[ \\u00a0]?';
const SLASH = `${SP}/${SP}`;
const DASH_CHARS = '\\-\\u2010\\u2011\\u2013';
const SPACED_DASH = `${SP}[${DASH_CHARS}]${SP}`;
const DASH = `[${DASH_CHARS}]`;
// A code: a capital (Đ included), then letters or digits ("KH", "ĐUK", "TTg", "QĐi", "QH11", "BTTTT").
const CODE = '[A-Z\\u0110][A-Za-z0-9\\u0110\\u0111]{0,11}';
const NUMBER = '[0-9]{1,5}';
const YEAR = '(?:19|20)[0-9]{2}';
// What may not touch a number on its left: a letter, a digit, or a joiner of dates, paths and codes.
const BEFORE = `(?<![\\p{L}\\p{N}/.,_=?&#%@${DASH_CHARS}])`;
// …and on its right: a letter or digit, or a separator that goes on into one.
const AFTER = `(?![\\p{L}\\p{N}]|[/${DASH_CHARS}][\\p{L}\\p{N}])`;

// 132/KH-ĐUK (a space allowed around the first dash only, so "1234/QĐ-UBND - UBND tỉnh" stops at
// the symbol), 42/2022/NĐ-CP, 73/2006/QH11 (with a year, one code is enough).
const STATE = `${NUMBER}${SLASH}(?:(?<year>${YEAR})${SLASH}${CODE}(?:${DASH}${CODE})*|${CODE}${SPACED_DASH}${CODE}(?:${DASH}${CODE})*)`;
// 17-ĐA/TU, 12-HD/BTGTW, 45-TB/ĐUK-VP.
const PARTY = `${NUMBER}${SPACED_DASH}${CODE}${SLASH}${CODE}(?:${DASH}${CODE})*`;
const NUMBER_PATTERN = new RegExp(`${BEFORE}(?:${STATE}|${PARTY})${AFTER}`, 'gu');

// A web address: nothing inside one is a document number.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;

// "…, ngày 10/01/2023", "ngày 10 tháng 01 năm 2023" right after a number: the year it was issued.
const DATE_AFTER =
  /^[ \u00a0]*,?[ \u00a0]*(?:ngày|ngay)[ \u00a0]+(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-]|[0-9]{1,2}[ \u00a0]+tháng[ \u00a0]+[0-9]{1,2}[ \u00a0]+năm[ \u00a0]+)((?:19|20)[0-9]{2})(?![0-9])/iu;

function urlSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every document number in `text`, in order, none inside a web address. */
export function findDocumentNumbers(text: string): FoundNumber[] {
  // Most text holds none: one cheap test before the full pattern and the address scan.
  if (!/[0-9][ \u00a0]?[/\-\u2010\u2011\u2013]/.test(text)) return [];
  const urls = urlSpans(text);
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (urls.some(([from, to]) => start < to && end > from)) continue;
    const own = match.groups?.year;
    const dated = own ? undefined : DATE_AFTER.exec(text.slice(end, end + 40))?.[1];
    const year = own ?? dated;
    found.push({ start, end, text: match[0], key: numberKey(match[0]), ...(year ? { year: Number(year) } : {}) });
  }
  return found;
}
