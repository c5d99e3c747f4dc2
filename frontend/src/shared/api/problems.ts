/**
 * An API problem in the interface language. The API writes its problems in English, each with a
 * machine-readable `type` (urn:zongshu:problem:…) and field violations: known kinds and common violation
 * phrasings get the interface's own words; anything else falls back to the server's text.
 */
export interface ProblemWords {
  t: (key: string, named?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
  locale: () => string;
}

let words: ProblemWords | undefined;

/** Called once where the i18n instance is made (app/i18n.ts); without it problems keep the server's words. */
export function setProblemWords(w: ProblemWords): void {
  words = w;
}

interface ProblemLike {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

/** The problem's kind in camelCase (invalid-body → invalidBody, http-418 → http), or undefined for a non-problem. */
export function problemKind(error: unknown): string | undefined {
  const type = (error as ProblemLike | undefined)?.type;
  if (typeof type !== 'string' || !type.startsWith('urn:zongshu:problem:')) return undefined;
  const kind = type.slice('urn:zongshu:problem:'.length);
  if (/^http-\d+$/.test(kind)) return 'http';
  return kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function english(): boolean {
  return !words || words.locale() === 'en';
}

function serverText(error: unknown): string {
  if (error instanceof Error) return error.message;
  const problem = error as ProblemLike | undefined;
  return problem?.detail ?? problem?.title ?? String(error);
}

/**
 * What went wrong, in the interface language: `text` for people, and `server` when the server's own
 * (English) words say more than the text and are not already it.
 */
export function localProblem(error: unknown): { text: string; server?: string } {
  const said = serverText(error);
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError && words) return { text: words.t('problem.network'), server: said };
  const kind = problemKind(error);
  const key = `problem.kind.${kind}`;
  if (!words || !kind || !words.te(key)) return { text: said };
  // English mode: the server's sentence is already in the interface language and the most precise.
  if (english()) return { text: said };
  return { text: words.t(key, { status: (error as ProblemLike).status ?? '' }), server: said };
}

// Common phrasings of the API's violation messages, and the message key each maps to.
const VIOLATIONS: [RegExp, string, (m: RegExpMatchArray) => Record<string, unknown>][] = [
  [/^(?:is required|is null)\b/, 'required', () => ({})],
  [/^(?:must be at most|is longer than) (\d+) characters/, 'tooLong', (m) => ({ max: m[1] })],
  [/^is larger than (\d+) bytes$/, 'tooLarge', (m) => ({ max: m[1] })],
  [/^unknown indicator (.+)$/, 'unknownIndicator', (m) => ({ code: m[1] })],
  [/^unknown org unit (.+)$/, 'unknownOrgUnit', (m) => ({ code: m[1] })],
  [/^(.+) appears twice$/, 'twice', (m) => ({ what: m[1] })],
  [/^must be exact or more_than$/, 'qualifier', () => ({})],
  [/^must be between (\S+) and (\S+?)(?: |$)/, 'bounds', (m) => ({ min: m[1], max: m[2] })],
  [/^must be a whole number\b/, 'whole', () => ({})],
  [/^must have at most (\d+) decimal places/, 'decimals', (m) => ({ max: m[1] })],
  [/^is not a field of this request/, 'unknownField', () => ({})],
  [/^is not valid JSON/, 'notJson', () => ({})],
];

/** One violation's message in the interface language, or the server's when its phrasing is not known. */
export function localViolation(message: string): { text: string; server?: string } {
  if (english()) return { text: message };
  for (const [pattern, key, params] of VIOLATIONS) {
    const match = message.match(pattern);
    if (match) return { text: words!.t(`problem.violation.${key}`, params(match)), server: message };
  }
  return { text: message };
}
