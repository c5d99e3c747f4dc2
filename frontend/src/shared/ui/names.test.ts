import { describe, expect, it } from 'vitest';
import { localName } from './names';

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
