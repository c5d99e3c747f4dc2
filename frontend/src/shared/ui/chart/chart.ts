/** One bar: its label, the number it is drawn to, and the words written beside it (unit, 余, growth). */
export interface Bar {
  label: string;
  value: number;
  display: string;
}

export interface BarChartSpec {
  title: string;
  bars: Bar[];
}
