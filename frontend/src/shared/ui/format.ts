import { unitAfterNumber } from './names';

// Made when first needed (English only): a formatter costs a phone's main thread to build.
let englishDigits: Intl.NumberFormat | undefined;

/**
 * How the screens write values and times. A value with its unit and 余: in Chinese as the review writes
 * it (6300余个), in English with English digits and unit (over 6,300; 12 institutions). A time in the reader's zone.
 */
export function formatValue(value: number | null | undefined, unit: string, qualifier: string | null | undefined,
                            locale: string): string {
  if (value === null || value === undefined) return '—';
  if (locale !== 'en' && !locale.startsWith('en-')) return `${value}${qualifier === 'more_than' ? '余' : ''}${unit}`;
  return `${qualifier === 'more_than' ? 'over ' : ''}${(englishDigits ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4 })).format(value)}${unitAfterNumber(unit, locale)}`;
}

// One formatter per locale and style: toLocaleString(locale, options) builds a new one on every call,
// which made the review's 56 tooltips (two times each) the costliest script of a phone's page load.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.dateStyle}|${options.timeStyle ?? ''}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Builds the long date's formatter while the page waits for its text: a page's first Intl object costs
 * a phone about 80 ms of main thread (its locale data), which otherwise lengthens the task that sets the text.
 */
export function prepareDates(locale: string): void {
  const prepare = () => dateTimeFormat(locale, { dateStyle: 'long' });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 1000 });
  else prepare();
}

export function formatTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
