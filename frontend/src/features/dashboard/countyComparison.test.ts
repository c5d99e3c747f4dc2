import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../shared/api/client';
import type { Indicator, OrgUnit } from '../../shared/api/reference';
import { countyComparison, countyCoverage } from './countyComparison';

// Generated units and values for the test, not real figures.
const units: OrgUnit[] = [
  { code: 'C0', nameZh: '测试市', nameEn: 'Test City', level: 'city', parent: null },
  { code: 'C1', nameZh: '甲县', nameEn: 'County A', level: 'county', parent: 'C0' },
  { code: 'C2', nameZh: '乙县', nameEn: 'County B', level: 'county', parent: 'C0' },
] as OrgUnit[];
const indicator = { code: 'test.a', nameZh: '测试指标', nameEn: 'Test', unit: '个', valueType: 'count' } as Indicator;
const metric = (orgUnit: string, period: string, value: number): Schemas['Metric'] => ({
  indicator: 'test.a', orgUnit, period, value, unit: '个', qualifier: 'exact', state: 'approved', revision: 1,
  provenance: { source: 'generated', recordedBy: 'test', recordedAt: '2099-01-01T00:00:00Z' },
});

describe('county comparison', () => {
  const metrics = [metric('C0', '2099', 100), metric('C1', '2099', 40), metric('C1', '2098', 7)];

  it('knows which periods have approved county values, ignoring the city', () => {
    const coverage = countyCoverage(metrics, units);
    expect([...coverage.keys()].sort()).toEqual(['2098', '2099']);
    expect(countyCoverage([metric('C0', '2099', 1)], units).size).toBe(0);
  });

  it('draws the counties with a value and names those without', () => {
    const { chart, missing } = countyComparison(metrics, units, indicator, '2099', 'zh-CN');
    expect(chart.bars).toEqual([{ label: '甲县', value: 40, display: '40个' }]);
    expect(missing).toEqual(['乙县']);
    expect(chart.title).toBe('测试指标（个，2099）');
  });

  it('writes English names and digits in English mode, and the review’s 万 in Chinese', () => {
    const big = [metric('C1', '2099', 16000), metric('C2', '2099', 900)];
    big[0]!.qualifier = 'more_than';
    const en = countyComparison(big, units, indicator, '2099', 'en', 'wan');
    expect(en.chart.title).toBe('Test (2099)');
    expect(en.chart.bars.map((b) => [b.label, b.display])).toEqual([['County A', 'over 16,000'], ['County B', '1,000']]); // 0.1万, as the text would write it
    const zh = countyComparison(big, units, indicator, '2099', 'zh-CN', 'wan');
    expect(zh.chart.bars[0]!.display).toBe('1.6万余个');
  });

  it('draws a share on 0–100 and a count on its own scale', () => {
    const share = { ...indicator, unit: '%', valueType: 'percent' } as Indicator;
    expect(countyComparison(metrics, units, share, '2099', 'zh-CN').chart.max).toBe(100);
    expect(countyComparison(metrics, units, indicator, '2099', 'zh-CN').chart.max).toBeUndefined();
  });
});
