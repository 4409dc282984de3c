/**
 * CSV per RFC 4180 (CRLF records, quotes doubled) with the OWASP formula-injection guard: a cell that a
 * spreadsheet would run as a formula gets a leading apostrophe. `parseCSV` undoes the guard, so our own
 * export → import round-trips exactly. Hand-written (≈ 60 lines) instead of papaparse's 19 KB.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Guards and quotes one cell. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  // A cell that already starts with the guard gets one more, so import strips exactly what export added.
  if (FORMULA_START.test(text) || GUARDED.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells → CSV text ending in CRLF. */
export function toCSV(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvParseResult {
  rows: string[][];
  /** Problems found, with the 1-based line where the record started. */
  errors: { line: number; message: string }[];
}

/**
 * Parses RFC 4180 CSV (also LF-only and `;`-separated files, detected from the header line).
 * Never throws; an unterminated quote is reported, and its text is kept in the last cell.
 */
export function parseCSV(text: string, delimiter?: string): CsvParseResult {
  const source = text.replace(/^\ufeff/, '');
  const sep = delimiter ?? detectDelimiter(source);
  const rows: string[][] = [];
  const errors: CsvParseResult['errors'] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    row.push(unguard(cell));
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === sep) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) errors.push({ line: recordLine, message: 'unterminated quoted field' });
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === '')), errors };
}

/** Removes the apostrophe our guard added (and only that one). */
function unguard(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ',';
}
