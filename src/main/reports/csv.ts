/**
 * The one place the app writes CSV: papaparse's `unparse` for quoting, with formula prefixes
 * neutralised as OWASP recommends. A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe (and quotes), so a name like `=HYPERLINK(…)` arriving in another
 * region's package stays text in Excel. A plain (negative) amount such as `-1250,00` is left a number.
 */
import Papa from 'papaparse';

const BOM = '\uFEFF';

/**
 * Formula prefixes, checked against the whole cell (papaparse's own pattern ends in `.*$`, which a
 * line break inside the cell defeats). A plain decimal number with a comma is not a formula.
 */
export const FORMULA_PREFIX = /^(?!-\d+(?:,\d+)?$)[=+\-@\t\r]/;

export type CsvOptions = {
  /** `;` for Swedish Excel (the default). */
  delimiter?: ';' | ',';
  /** A byte order mark so Excel reads UTF-8 (the default). */
  bom?: boolean;
};

/** Rows of text as CSV with CRLF line ends and a final CRLF. */
export function csvText(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = Papa.unparse(
    rows.map((cells) => [...cells]),
    { delimiter: options.delimiter ?? ';', newline: '\r\n', quotes: false, escapeFormulae: FORMULA_PREFIX },
  );
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
