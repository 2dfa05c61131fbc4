/** Recognising an uploaded file and turning text files into strings, without any I/O. */
import { refusal } from '@shared/contract/errors';

export type FileFormat = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = ['csv', 'txt', 'tsv', ''];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** What the file is by its content (an .xlsx is a zip), with the name as a check. */
export function sniffFormat(fileName: string, bytes: Uint8Array): FileFormat {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw refusal('VALIDATION', 'registerImport.empty', { file: fileName });
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) throw refusal('VALIDATION', 'registerImport.oldXls', { file: fileName });
  if (ext === 'xlsx' || ext === 'xlsm') throw refusal('VALIDATION', 'registerImport.badXlsx', { file: fileName });
  if (!TEXT_EXTENSIONS.includes(ext)) throw refusal('VALIDATION', 'registerImport.wrongType', { file: fileName });
  return 'csv';
}

function decoderFor(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Windows-1252's characters at 0x80–0x9F (where Latin-1 has control codes); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node's TextDecoder decodes "windows-1252" as Latin-1; this puts – € ’ “ ” … where they belong. */
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252 (Excel's "CSV" on Swedish Windows). */
export function decodeText(fileName: string, bytes: Uint8Array): { text: string; encoding: string } {
  const utf16 = decoderFor(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.subarray(0, 8192).includes(0)) throw refusal('VALIDATION', 'registerImport.notText', { file: fileName });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixCp1252(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

/** `;`, `,` or tab: whichever occurs most often outside quotes in the first non-empty line (`;` on a tie). */
export function detectDelimiter(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ';';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return counts.get(best)! > 0 ? best : ',';
}

export type GridRow = { row: number; cells: string[] };
export type Grid = { headers: string[]; rows: GridRow[] };

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The first non-blank record is the header; blank records after it are dropped. */
export function buildGrid(fileName: string, records: readonly GridRow[]): Grid {
  const headerIndex = records.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) throw refusal('VALIDATION', 'registerImport.noRows', { file: fileName });
  const headers = records[headerIndex]!.cells.map((c) => c.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = records.slice(headerIndex + 1).filter((r) => !isBlank(r.cells));
  return { headers, rows };
}
