import { describe, expect, it } from 'vitest';
import { localFigure } from './localFigure';

describe('localFigure', () => {
  it('writes Chinese as the review does', () => {
    expect(localFigure(16000, 'more_than', '名', 'wan', 'zh-CN')).toBe('1.6万余名');
    expect(localFigure(6300, 'more_than', '个', 'number', 'zh-CN')).toBe('6300余个');
    expect(localFigure(63.5, 'exact', '%', 'number', 'zh-CN')).toBe('63.5%');
  });

  it('writes English digits for the same stated amount, with the unit in English', () => {
    expect(localFigure(16000, 'more_than', '名', 'wan', 'en')).toBe('over 16,000 persons');
    expect(localFigure(16990, 'more_than', '名', 'wan', 'en')).toBe('over 16,000 persons'); // 1.6万余: rounded down, as the text
    expect(localFigure(15550, 'exact', '名', 'wan', 'en')).toBe('16,000 persons');
    expect(localFigure(1579, 'exact', '份', 'number', 'en')).toBe('1,579 documents');
    expect(localFigure(6300, 'more_than', '个', 'number', 'en')).toBe('over 6,300'); // a bare count
    expect(localFigure(9, 'exact', '所', 'number', 'en')).toBe('9 institutions');
    expect(localFigure(45.93, 'exact', '%', 'number', 'en')).toBe('45.93%');
    expect(localFigure(8.5, 'exact', '个百分点', 'number', 'en')).toBe('8.5 percentage points');
  });
});
