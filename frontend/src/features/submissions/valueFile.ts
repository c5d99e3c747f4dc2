import Papa from 'papaparse';
import type { DataValueSetEntry } from './api';

/** A file's values ready for POST /data-value-sets, and where each came from in the file. */
export interface ParsedFile {
  entries: DataValueSetEntry[];
  /** The file's row (CSV line, or JSON entry number) of each entry, to show problems against. */
  rows: number[];
  /** What could not be read at all, by row; nothing is sent while there are any. */
  problems: { row: number; message: string }[];
}

const REQUIRED = ['indicator', 'orgUnit', 'period', 'value'] as const;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads a CSV (header: indicator, orgUnit or org_unit, period, value, and optionally qualifier, unit,
 * comment; other columns, such as the CSV export's names, are ignored) or a JSON data value set
 * ({"dataValues": [...]}, or just the array).
 */
export function parseValueFile(name: string, text: string): ParsedFile {
  return /\.json$/i.test(name) || text.trimStart().startsWith('{') || text.trimStart().startsWith('[')
    ? parseJson(text)
    : parseCsv(text);
}

function parseJson(text: string): ParsedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { entries: [], rows: [], problems: [{ row: 0, message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { dataValues?: unknown })?.dataValues;
  if (!Array.isArray(list)) {
    return { entries: [], rows: [], problems: [{ row: 0, message: 'expected {"dataValues": [...]} or an array of values' }] };
  }
  // The server checks every field and answers with the entry's index; JSON keeps the file's own types.
  return { entries: list as DataValueSetEntry[], rows: list.map((_, i) => i + 1), problems: [] };
}

function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    // The CSV export writes org_unit; a file saved from it can come straight back.
    transformHeader: (h) => (h.trim() === 'org_unit' ? 'orgUnit' : h.trim()),
  });
  const problems: ParsedFile['problems'] = result.errors.map((e) => ({ row: (e.row ?? -1) + 2, message: e.message }));
  const missing = REQUIRED.filter((c) => !result.meta.fields?.includes(c));
  if (missing.length) {
    return { entries: [], rows: [], problems: [{ row: 1, message: `the header lacks ${missing.join(', ')}` }] };
  }
  const entries: DataValueSetEntry[] = [];
  const rows: number[] = [];
  result.data.forEach((record, i) => {
    const row = i + 2; // line 1 is the header
    const value = (record.value ?? '').trim();
    if (!NUMBER.test(value)) {
      problems.push({ row, message: `value "${value}" is not a number` });
      return;
    }
    const entry: DataValueSetEntry = {
      indicator: (record.indicator ?? '').trim(),
      orgUnit: (record.orgUnit ?? '').trim(),
      period: (record.period ?? '').trim(),
      value: Number(value),
    };
    const qualifier = record.qualifier?.trim();
    if (qualifier) entry.qualifier = qualifier as DataValueSetEntry['qualifier'];
    if (record.unit?.trim()) entry.unit = record.unit.trim();
    if (record.comment?.trim()) entry.comment = record.comment;
    entries.push(entry);
    rows.push(row);
  });
  return { entries, rows, problems };
}
