// Formula injection (OWASP "CSV injection"): a unit reporter types '=HYPERLINK("http://x","y")' in a
// note and a leader's spreadsheet runs it. The .xlsx already stores every value as a string cell,
// which Excel and LibreOffice show and never evaluate on open; the danger is the next step, when
// someone presses F2 + Enter on the cell, pastes it elsewhere or saves the sheet as CSV and opens
// that: the text becomes a live formula again.
//
// Why a visible apostrophe rather than an invisible zero-width character in front:
// - it is what OWASP recommends, and Excel and LibreOffice both read a typed leading apostrophe as
//   "this is text", so re-entering the cell keeps it text; the apostrophe also survives a CSV export;
// - a zero-width space is invisible, so the cell would look exactly like a formula while comparing
//   unequal to what the unit typed (search, filters, VLOOKUP), and tools that trim "whitespace"
//   (U+FEFF counts as such in JavaScript's trim) can silently strip it and re-arm the formula.
// The cost is an apostrophe a reader can see, only on the rare values that start this way.
// Control characters in front are skipped: the file writers drop them (XML cannot carry them), so
// '\u0001=1+1' would reach the sheet as '=1+1'.
const FORMULA_START = /^[\u0000-\u0008\u000B\u000C\u000E-\u001F]*[=+\-@\t\r]/;

/** The text as a spreadsheet cell may safely hold it: formula-like values get a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
