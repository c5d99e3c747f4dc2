/** What the analyst chose on the exports page. */
export interface ExportChoice {
  format: 'json' | 'json-stat' | 'csv';
  periods: string[];
  orgUnits: string[];
  descendants: boolean;
  categories: string[];
  indicators: string[];
  /** A published edition (its frozen values); the other filters still narrow it. */
  edition: string;
  lang: 'zh' | 'en';
  /** CSV only: a byte order mark so Excel reads UTF-8. */
  bom: boolean;
}

/** The export's URL on this origin, with only the parameters that differ from the API's defaults. */
export function exportUrl(origin: string, choice: ExportChoice): string {
  const query = new URLSearchParams();
  if (choice.format !== 'json') query.set('format', choice.format);
  if (choice.edition) query.set('edition', choice.edition);
  choice.periods.forEach((p) => query.append('period', p));
  choice.orgUnits.forEach((u) => query.append('orgUnit', u));
  if (choice.descendants && choice.orgUnits.length) query.set('descendants', 'true');
  choice.categories.forEach((c) => query.append('category', c));
  choice.indicators.forEach((i) => query.append('indicator', i));
  if (choice.lang !== 'zh') query.set('lang', choice.lang);
  if (choice.bom && choice.format === 'csv') query.set('bom', 'true');
  const search = query.toString();
  return `${origin}/api/v1/exports${search ? `?${search}` : ''}`;
}

/** The same download as a shell command: curl saving under the name the server gives. */
export function curlCommand(url: string): string {
  return `curl -fsSL -OJ '${url.replaceAll("'", "'\\''")}'`;
}
