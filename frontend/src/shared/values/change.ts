import { unitAfterNumber } from '../ui/names';

/**
 * How a value compares with an earlier one (last year's, or the one it replaces): the difference, the
 * difference in percent of the earlier value, and whether it is large enough to ask about. The rule is
 * stated on the screens that flag (LARGE_CHANGE_PERCENT), so people know why a row is marked.
 */
export const LARGE_CHANGE_PERCENT = 30;

export interface Change {
  /** value − base, rounded to the values' precision (no 0.30000000000000004). */
  difference: number;
  /** The difference in percent of base, one decimal; null when base is 0 (no percent of nothing). */
  percent: number | null;
  /** |percent| ≥ LARGE_CHANGE_PERCENT, or something where there was 0. */
  large: boolean;
}

/** The change from base to value, or null when either is missing. */
export function changeOf(value: number | null | undefined, base: number | null | undefined): Change | null {
  if (value === null || value === undefined || base === null || base === undefined) return null;
  const digits = Math.max(decimals(value), decimals(base));
  const difference = Number((value - base).toFixed(digits));
  if (base === 0) return { difference, percent: null, large: difference !== 0 };
  const percent = Number(((difference / Math.abs(base)) * 100).toFixed(1));
  return { difference, percent, large: Math.abs(percent) >= LARGE_CHANGE_PERCENT };
}

function decimals(n: number): number {
  const text = String(n);
  return text.includes('e') ? 10 : (text.split('.')[1] ?? '').length;
}

/** "+12" / "−3.5" / "0": a signed number as people write a change. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

/**
 * A change for people: "+12个（+5.3%）", in English "+12 sessions (+5.3%)"; a change of a percentage is in
 * 个百分点 (percentage points, `pointsWord` in the interface language), since "+10% of 45%" would mislead.
 */
export function describeChange(change: Change, unit: string, pointsWord: string, locale: string): string {
  const english = locale === 'en' || locale.startsWith('en-');
  const unitShown = unit === '%' ? pointsWord : unitAfterNumber(unit, locale);
  const percent = change.percent === null || unit === '%' ? ''
    : english ? ` (${signed(change.percent)}%)` : `（${signed(change.percent)}%）`;
  return `${signed(change.difference)}${unitShown}${percent}`;
}

/** The period before this one: "2021" for "2022"; undefined for a period that is not a year. */
export function previousPeriod(code: string): string | undefined {
  return /^\d{4}$/.test(code) ? String(Number(code) - 1) : undefined;
}
