/** How the screens write values and times: a value with its unit and 余, a time in the reader's zone. */
export function formatValue(value: number | null | undefined, unit: string, qualifier?: string | null): string {
  if (value === null || value === undefined) return '—';
  return `${value}${qualifier === 'more_than' ? '余' : ''}${unit}`;
}

export function formatTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString(locale, { dateStyle: 'long' });
}
