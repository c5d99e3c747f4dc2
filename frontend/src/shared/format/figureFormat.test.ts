import { describe, expect, it } from 'vitest';
import { formatFigure, type DisplayFormat } from './figureFormat';
import vectors from './figureFormat.vectors.json';

describe('formatFigure (the server’s DisplayFormat, in the browser)', () => {
  it.each(vectors.cases)('$value $qualifier $format → $text', ({ value, qualifier, unit, format, text }) => {
    expect(formatFigure(value, qualifier, unit, format as DisplayFormat)).toBe(text);
    // A value as JSON gives it (a number, trailing zeros gone) is written the same.
    expect(formatFigure(Number(value), qualifier, unit, format as DisplayFormat)).toBe(text);
  });

  it('has the rounding edges among its vectors', () => {
    const texts = new Map(vectors.cases.map((c) => [`${c.value} ${c.qualifier} ${c.format}`, c.text]));
    expect(texts.get('15549 exact wan')).toBe('1.6万名'); // half up looks at all the digits dropped: .0549 ≥ .05
    expect(texts.get('15499 exact wan')).toBe('1.5万名');
    expect(texts.get('99999 more_than wan')).toBe('9.9万余名');
    expect(vectors.cases.length).toBeGreaterThanOrEqual(20);
  });

  it('uses no floating point: digits beyond a double’s precision are kept and rounded exactly', () => {
    expect(formatFigure('12345678901234567.0001', 'exact', '', 'number')).toBe('12345678901234567.0001');
    expect(formatFigure('123456789012345650000', 'exact', '', 'wan')).toBe('12345678901234565.0万');
    expect(formatFigure('123456789012345649999', 'exact', '', 'wan')).toBe('12345678901234565.0万');
    expect(formatFigure('0.15', 'exact', '%', 'number')).toBe('0.15%');
  });

  it('reads a number in exponent form, treats a missing qualifier as exact and a missing unit as none', () => {
    expect(formatFigure(1e-7, 'exact', '%')).toBe('0.0000001%');
    expect(formatFigure(1e21, null, null, 'wan')).toBe('100000000000000000.0万');
    expect(formatFigure('+7', undefined, '个')).toBe('7个');
  });

  it('refuses what is not a decimal number', () => {
    for (const bad of ['', '.', '-', 'abc', '1,000', 'NaN', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatFigure(bad, 'exact', '个'), String(bad)).toThrow(RangeError);
    }
  });
});
