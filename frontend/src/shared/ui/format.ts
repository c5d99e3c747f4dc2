import { unitAfterNumber } from './names';

const englishDigits = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/**
 * How the screens write values and times. A value with its unit and 余: in Chinese as the review writes
 * it (6300余个), in English with English digits and unit (over 6,300; 12 institutions). A time in the reader's zone.
 */
export function formatValue(value: number | null | undefined, unit: string, qualifier: string | null | undefined,
                            locale: string): string {
  if (value === null || value === undefined) return '—';
  if (locale !== 'en' && !locale.startsWith('en-')) return `${value}${qualifier === 'more_than' ? '余' : ''}${unit}`;
  return `${qualifier === 'more_than' ? 'over ' : ''}${englishDigits.format(value)}${unitAfterNumber(unit, locale)}`;
}

export function formatTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString(locale, { dateStyle: 'long' });
}
