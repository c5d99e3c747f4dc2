import { describe, expect, it } from 'vitest';
import { localName, localUnit, unitAfterNumber } from './names';

const unit = { nameZh: '通江县', nameEn: 'Tongjiang County' };
const group = { titleZh: '领导班子结构', titleEn: 'Leadership structure' };

describe('localName', () => {
  it('gives the English name in English mode and the Chinese one otherwise', () => {
    expect(localName(unit, 'en')).toBe('Tongjiang County');
    expect(localName(unit, 'en-GB')).toBe('Tongjiang County');
    expect(localName(unit, 'zh-CN')).toBe('通江县');
    expect(localName(group, 'en')).toBe('Leadership structure');
    expect(localName(group, 'zh-CN')).toBe('领导班子结构');
  });

  it('falls back to the Chinese name where the English one is empty', () => {
    expect(localName({ nameZh: '通江县', nameEn: '' }, 'en')).toBe('通江县');
  });
});

describe('localUnit and unitAfterNumber', () => {
  it('name a unit in English as the API’s English exports do, and keep the Chinese word otherwise', () => {
    expect(localUnit('所', 'en')).toBe('institutions');
    expect(localUnit('个', 'en')).toBe('number');
    expect(localUnit('个百分点', 'en-GB')).toBe('percentage points');
    expect(localUnit('所', 'zh-CN')).toBe('所');
    expect(localUnit('斤', 'en')).toBe('斤'); // not in the catalogue: shown as it is
    expect(localUnit(null, 'en')).toBe('');
  });

  it('follow a number: the measure word in Chinese; in English a spaced label, % close, a bare count nothing', () => {
    expect(unitAfterNumber('所', 'zh-CN')).toBe('所');
    expect(unitAfterNumber('所', 'en')).toBe(' institutions');
    expect(unitAfterNumber('%', 'en')).toBe('%');
    expect(unitAfterNumber('个', 'en')).toBe('');
  });
});
