import { describe, expect, it } from 'vitest';
import { axisMax, layout, textWidth } from './chart';

describe('chart layout', () => {
  it('draws shares on 0–100 and other measures on their own scale', () => {
    expect(axisMax('%')).toBe(100);
    expect(axisMax('名')).toBeUndefined();
  });

  it('leaves room for the longest value and more height for labels that wrap', () => {
    expect(textWidth('通江县')).toBe(36);
    expect(textWidth('abc')).toBe(22);
    const { right, rowHeight } = layout([
      { label: '甲', value: 1, display: '1.6万余名，同比增长 20%' },
      { label: 'Share of county party and government team members familiar with party building', value: 2, display: '2' },
    ], 150);
    expect(right).toBeGreaterThanOrEqual(textWidth('1.6万余名，同比增长 20%'));
    expect(rowHeight[0]).toBe(36);
    expect(rowHeight[1]).toBeGreaterThan(36);
  });
});
