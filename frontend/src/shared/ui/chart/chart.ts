/** One bar: its label, the number it is drawn to, and the words written beside it (unit, 余, growth). */
export interface Bar {
  label: string;
  value: number;
  display: string;
}

/** One chart compares one measure: every bar in the same unit. */
export interface BarChartSpec {
  title: string;
  bars: Bar[];
  /** The axis' end: 100 for percentages, so a share is drawn against the whole; else the largest bar's. */
  max?: number;
}

/** The axis end a chart of values in `unit` needs: shares are drawn on 0–100. */
export function axisMax(unit: string | null | undefined): number | undefined {
  return unit === '%' ? 100 : undefined;
}

/** About how wide a text is drawn at `size` px: CJK characters are square, others about half as wide. */
export function textWidth(text: string, size = 12): number {
  let width = 0;
  for (const c of text) width += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(c) ? size : size * 0.6;
  return Math.ceil(width);
}

/** The room a chart gives labels so none is cut: category labels wrap within `labelWidth`, values stay whole. */
export function layout(bars: Bar[], labelWidth: number): { right: number; rowHeight: number[] } {
  const right = Math.max(24, ...bars.map((b) => textWidth(b.display) + 12));
  const rowHeight = bars.map((b) => Math.max(36, Math.ceil(textWidth(b.label) / labelWidth) * 16 + 16));
  return { right, rowHeight };
}
