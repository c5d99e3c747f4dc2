import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../shared/api/client';
import type { Metric } from './api';
import { sectionCharts } from './charts';

// Generated values shaped like the API's answers; not the review's real figures.
const metric = (indicator: string, value: number, unit: string, qualifier: 'exact' | 'more_than' = 'exact'): Metric => ({
  indicator, orgUnit: 'T1', period: '2099', value, unit, qualifier, state: 'approved', revision: 1,
  provenance: { source: 'generated', recordedBy: 'test', recordedAt: '2099-01-01T00:00:00Z' },
});
const figure = (indicator: string, value: number, unit: string, valueType: Schemas['ValueType']): Schemas['Figure'] => ({
  indicator, nameZh: `名称 ${indicator}`, nameEn: indicator, orgUnit: 'T1', period: '2099', value, unit, qualifier: 'exact',
  valueType,
});
const groups = (key: string, figures: Schemas['Figure'][]): Schemas['FigureGroups'] => ({
  year: 2099, orgUnit: 'T1', period: '2099', groups: [{ key, titleZh: '组', titleEn: 'group', figures }],
});

describe('sectionCharts', () => {
  const metrics = {
    'theory.veteran_members_medals': metric('theory.veteran_members_medals', 100, '名', 'more_than'),
    'grassroots.village_party_branches': metric('grassroots.village_party_branches', 7, '个'),
  };
  const names = { 'theory.veteran_members_medals': '纪念章', 'grassroots.village_party_branches': '党支部' };
  const cadre = groups('leadershipStructure', [figure('c.count', 4, '家', 'count'), figure('c.share', 45.6, '%', 'percent')]);
  const talent = groups('talents', [
    figure('t.recruited', 50, '名', 'count'), figure('t.growth', 20, '%', 'growth_percent'), figure('t.alone', 3, '名', 'count'),
  ]);
  const charts = sectionCharts(metrics, names, cadre, talent);

  it('draws the metrics a section names, with 余 and unit, and skips those without a value', () => {
    expect(charts.theory?.bars).toEqual([{ label: '纪念章', value: 100, display: '100余名' }]);
    expect(charts.grassroots?.bars).toEqual([{ label: '党支部', value: 7, display: '7个' }]);
  });

  it('takes only the leadership-structure percentages for the cadre chart', () => {
    expect(charts.cadre?.bars).toEqual([{ label: '名称 c.share', value: 45.6, display: '45.6%' }]);
  });

  it('pairs each talent count with the growth figure that follows it', () => {
    expect(charts.talent?.bars).toEqual([{ label: '名称 t.recruited', value: 50, display: '50名，同比增长 20%' }]);
  });

  it('gives a section no chart when none of its figures exist', () => {
    expect(sectionCharts({}, {}, groups('other', []), groups('other', []))).toEqual({
      theory: undefined, cadre: undefined, grassroots: undefined, talent: undefined,
    });
  });
});
