// fold(): the accent-free, lower-case form of Vietnamese text that slugs and search are built on.
// "Đảng ủy" → "dang uy"; "hoà" and "hòa" fold alike because both go through NFD first.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function normalizeText(input: string): string {
  return input.normalize('NFC');
}

/** Vietnamese without its diacritics, case kept: "132/KH-ĐUK" → "132/KH-DUK" (đ is a letter of its own, not d plus a mark). */
export function stripDiacritics(input: string): string {
  return input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A piece of a download's file name: ASCII letters, digits and dashes, "132/KH-ĐUK" → "132-KH-DUK". */
export function asciiName(input: string): string {
  return stripDiacritics(input)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function fold(input: string): string {
  return stripDiacritics(input).toLowerCase();
}

/** The folded words of a text, [a-z0-9] runs only: what search looks for, never syntax ("Đảng ủy!" → dang, uy). */
export function foldedWords(input: string): string[] {
  return fold(input).match(/[a-z0-9]+/g) ?? [];
}

/**
 * Folds `original` and says, for each folded character, the index of the original character it
 * came from, so matches found in folded text can be marked on the original accented text.
 * `origin` is null when the positions are the same in both (the usual case: every character of
 * NFC Vietnamese folds to exactly one).
 */
// Vietnamese uses a few hundred distinct letters: folding each once and remembering it makes
// highlighting a long article body cheap (normalize() per character is not).
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 128) return ch.toLowerCase();
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = fold(ch);
    if (foldedChars.size < 10_000) foldedChars.set(ch, f);
  }
  return f;
}

// A character that folds to nothing (a combining mark standing alone) is the one way a text can
// fold to its own length with the positions shifted: every other character folds to at least as
// many UTF-16 units as it has. Without one, the same length means the same positions.
const FOLDS_TO_NOTHING = /[\u0300-\u036f]/;

export function foldWithMap(original: string): { folded: string; origin: number[] | null } {
  if (!FOLDS_TO_NOTHING.test(original)) {
    const folded = fold(original);
    if (folded.length === original.length) return { folded, origin: null };
  }
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(index);
    folded += f;
    index += ch.length;
  }
  return { folded, origin };
}
