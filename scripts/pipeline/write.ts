// Writing outputs: RFC 4180 CSV (UTF-8, no BOM, LF). Files reach data/ through commit.ts.
import Papa from 'papaparse';

/** Rows to CSV text with a header row; numbers as plain decimals (no exponent), fields quoted only when needed. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const data = rows.map((r) => columns.map((c) => plain((r as Record<string, unknown>)[c])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false, escapeFormulae: false })}\n`;
}

function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} to CSV`);
    // 1e21 and beyond would print with an exponent; figures never get there (validate.ts checks).
    return Number.isInteger(v) ? v.toFixed(0) : String(v);
  }
  if (Array.isArray(v)) return v.join('|');
  return String(v);
}
