import Papa from 'papaparse';
import type { DataValueSetEntry, Indicator } from './api';
import { checkValue } from './valueRules';
import { localName } from '../../shared/ui/names';

/** A problem of a file, against the row a spreadsheet shows (the header is row 1), in i18n words. */
export interface FileProblem {
  row: number;
  /** The column at fault, if one is. */
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A file's values ready for POST /data-value-sets, and where each came from in the file. */
export interface ParsedFile {
  entries: DataValueSetEntry[];
  /** The file's row (spreadsheet row of a CSV, or JSON entry number) of each entry, to show problems against. */
  rows: number[];
  /** What could not be read at all, by row; nothing is sent while there are any. */
  problems: FileProblem[];
}

const REQUIRED = ['indicator', 'orgUnit', 'period', 'value'] as const;
const NUMBER = /^-?\d+(\.\d+)?$/;
const QUALIFIERS = ['exact', 'more_than'];

/**
 * Reads a CSV (header: indicator, orgUnit or org_unit, period, value, and optionally qualifier, unit,
 * comment; other columns, such as the CSV export's or the template's names, are ignored; a row with no
 * value is not reported) or a JSON data value set ({"dataValues": [...]}, or just the array).
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
    return { entries: [], rows: [], problems: [{ row: 0, field: '', key: 'fileProblem.json', params: { reason: (error as Error).message } }] };
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { dataValues?: unknown })?.dataValues;
  if (!Array.isArray(list)) {
    return { entries: [], rows: [], problems: [{ row: 0, field: '', key: 'fileProblem.jsonShape' }] };
  }
  // checkEntries and the server check every field; JSON keeps the file's own types.
  return { entries: list as DataValueSetEntry[], rows: list.map((_, i) => i + 1), problems: [] };
}

function parseCsv(text: string): ParsedFile {
  // Blank lines are kept as records, so record i is the spreadsheet's row i + 2 (a quoted line break stays in its row).
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: false,
    // The CSV export writes org_unit; a file saved from it can come straight back.
    transformHeader: (h) => (h.trim() === 'org_unit' ? 'orgUnit' : h.trim()),
  });
  const blank = (record: Record<string, string> | undefined) =>
    !record || Object.values(record).every((v) => (Array.isArray(v) ? v.join('') : v ?? '').trim() === '');
  const problems: FileProblem[] = result.errors
    .filter((e) => e.row === undefined || !blank(result.data[e.row])) // a blank line has "too few fields", and nothing in it
    .map((e) => ({ row: (e.row ?? -1) + 2, field: '', key: `fileProblem.csv.${e.code}`, params: { reason: e.message } }));
  const missing = REQUIRED.filter((c) => !result.meta.fields?.includes(c));
  if (missing.length) {
    return { entries: [], rows: [], problems: [{ row: 1, field: '', key: 'fileProblem.header', params: { columns: missing.join(', ') } }] };
  }
  const entries: DataValueSetEntry[] = [];
  const rows: number[] = [];
  result.data.forEach((record, i) => {
    const row = i + 2; // row 1 is the header
    const value = (record.value ?? '').trim();
    if (blank(record) || value === '') return; // not reported (an unfilled row of the template)
    if (!NUMBER.test(value)) {
      problems.push({ row, field: 'value', key: 'fileProblem.notNumber', params: { value } });
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

/**
 * The server's rules for a file's entries, checked here so problems come in the interface language and
 * against the file's rows: known indicator, the clerk's own unit, an open period, the value's rules
 * (valueRules), the indicator's unit, a known qualifier, no value twice. The server checks again.
 */
export function checkEntries(file: ParsedFile, catalogue: Indicator[], orgUnit: string, openPeriods: string[]): FileProblem[] {
  const indicators = new Map(catalogue.map((i) => [i.code, i]));
  const seen = new Map<string, number>();
  const problems: FileProblem[] = [];
  file.entries.forEach((entry, i) => {
    const row = file.rows[i] ?? i + 1;
    const complain = (field: string, key: string, params?: FileProblem['params']) => problems.push({ row, field, key, params });
    const indicator = indicators.get(String(entry.indicator ?? ''));
    if (!indicator) complain('indicator', 'fileProblem.unknownIndicator', { code: String(entry.indicator ?? '') });
    if (String(entry.orgUnit ?? '') !== orgUnit) complain('orgUnit', 'fileProblem.otherUnit', { unit: String(entry.orgUnit ?? ''), own: orgUnit });
    if (!openPeriods.includes(String(entry.period ?? ''))) {
      complain('period', 'fileProblem.closedPeriod', { period: String(entry.period ?? ''), open: openPeriods.join(', ') || '—' });
    }
    const qualifier = entry.qualifier ?? 'exact';
    if (!QUALIFIERS.includes(qualifier)) complain('qualifier', 'fileProblem.qualifier', { qualifier: String(qualifier) });
    if (typeof entry.value !== 'number') {
      complain('value', 'fileProblem.notNumber', { value: String(entry.value) });
    } else if (indicator) {
      for (const c of checkValue(indicator, String(entry.value), qualifier === 'more_than', entry.comment ?? '')) {
        complain(c.field, c.key, c.params);
      }
    }
    if (indicator && entry.unit !== undefined && entry.unit !== indicator.unit) {
      complain('unit', 'fileProblem.unit', { unit: String(entry.unit), expected: indicator.unit });
    }
    const key = `${entry.indicator}|${entry.orgUnit}|${entry.period}`;
    const first = seen.get(key);
    if (first !== undefined) complain('indicator', 'fileProblem.twice', { first });
    else seen.set(key, row);
  });
  return problems;
}

/**
 * The file to fill in: every indicator, in the form's order, for the unit and year, with its name and
 * unit for people (columns the reader ignores), value, qualifier and comment left empty. A BOM, so
 * spreadsheets read the Chinese names as UTF-8.
 */
export function templateCsv(indicators: Indicator[], orgUnit: string, period: string, locale: string): string {
  const fields = ['indicator', 'name', 'unit', 'orgUnit', 'period', 'value', 'qualifier', 'comment'];
  const data = indicators.map((i) => [i.code, localName(i, locale), i.unit, orgUnit, period, '', '', '']);
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
