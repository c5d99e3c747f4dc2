/** One bar: its label, the number it is drawn to, and the words written beside it (unit, 余, growth). */
export interface Bar {
  label: string;
  value: number;
  display: string;
}

export interface BarChartSpec {
  title: string;
  bars: Bar[];
  /** The scale's end, when it has a natural one (100 for shares in percent); else the largest bar. */
  max?: number;
}

/**
 * About how wide a label is drawn, in px: a CJK character (or full-width sign) one em, anything else
 * about 0.6 em. Used to leave room so that no label is cut.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const c of text) width += /[\u2E80-\uFFEF]/.test(c) ? fontSize : fontSize * 0.6;
  return Math.ceil(width);
}
