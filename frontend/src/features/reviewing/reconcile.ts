import type { Reconciliation } from './api';

export type Line = Reconciliation['lines'][number];
export type Status = Line['status'];

/** Problems first, worst first; then what agrees; lines without any data last (shown collapsed). */
export const STATUS_ORDER: Status[] = ['mismatch', 'city_missing', 'incomplete', 'no_county_data', 'match', 'no_data'];
export const PROBLEMS: Status[] = ['mismatch', 'city_missing', 'incomplete', 'no_county_data'];

export type Filter = 'all' | 'problems' | Status;

export function countsByStatus(lines: Line[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const line of lines) counts[line.status]++;
  return counts;
}

/**
 * The lines to show for a filter, problems first (within a status in the given order: the review's),
 * and apart from them the lines with no data at all, which a screen shows collapsed.
 */
export function arrange(lines: Line[], filter: Filter, rank: (indicator: string) => number): { shown: Line[]; noData: Line[] } {
  const wanted = (line: Line) => filter === 'all' || (filter === 'problems' ? PROBLEMS.includes(line.status) : line.status === filter);
  const sorted = lines.filter(wanted).sort((a, b) =>
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || rank(a.indicator) - rank(b.indicator));
  return {
    shown: sorted.filter((l) => l.status !== 'no_data' || filter === 'no_data'),
    noData: filter === 'no_data' ? [] : sorted.filter((l) => l.status === 'no_data'),
  };
}
