import { describe, expect, it } from 'vitest';
import { textWidth } from './chart';

describe('textWidth', () => {
  it('counts a CJK character or full-width sign as one em and anything else as 0.6 em, rounded up', () => {
    expect(textWidth('1.6万余名', 12)).toBe(Math.ceil(3 * 7.2 + 3 * 12));
    expect(textWidth('同比增长 45.93%', 10)).toBe(Math.ceil(4 * 10 + 7 * 6));
    expect(textWidth('（%）', 10)).toBe(26); // full-width brackets around an ASCII %
    expect(textWidth('', 12)).toBe(0);
  });
});
