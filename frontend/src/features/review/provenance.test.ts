import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import type { FigureRun, FrozenValue, Names } from './api';
import { placeTip } from './placement';
import { provenanceLines, provenanceLinks } from './provenance';

// Generated test data; not figures of the real review.
const run: FigureRun = {
  type: 'figure', text: '1.6万余名', markup: '{{t.members|wan}}', computation: 'value', indicator: 't.members', orgUnit: 'T2',
  period: '2099', basePeriod: null, value: 16000, unit: '名', qualifier: 'more_than', format: 'wan', status: 'approved', reconciliation: null,
};
const names: Names = {
  indicators: { 't.members': { code: 't.members', nameZh: '测试党员', nameEn: 'Test members', unit: '名', valueType: 'count', aggregation: 'sum', category: 'theory', min: 0, max: 1e9 } },
  orgUnits: { T2: { code: 'T2', nameZh: '测试县', nameEn: 'Test County', level: 'county', parent: 'T1' } },
};
const submitted: FrozenValue = {
  indicator: 't.members', orgUnit: 'T2', period: '2099', value: 16000, unit: '名', qualifier: 'more_than', revision: 3,
  provenance: {
    source: 'submission 42', recordedBy: 'clerk-t2', recordedAt: '2099-02-03T04:05:00Z', submission: 42,
    submittedAt: '2099-01-20T08:00:00Z', approvedBy: 'reviewer-t',
  },
};
const loaded: FrozenValue = { ...submitted, revision: 1, provenance: { source: '测试文件', recordedBy: 'dataset-loader', recordedAt: '2099-01-01T00:00:00Z' } };
const at = (iso: string) => `at ${iso}`;
const zh = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {}, { locale: 'zh-CN' });
const en = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {}, { locale: 'en' });
const text = (lines: { label: string; text: string }[]) => lines.map((l) => `${l.label}: ${l.text}`);

describe('provenanceLines', () => {
  it('names the indicator, value, unit and year, then revision, who submitted and who approved it when, source and edition', () => {
    expect(text(provenanceLines(run, { names, value: submitted, edition: '2099-2', locale: 'zh-CN', t: zh, formatTime: at }))).toEqual([
      '指标: 测试党员', '数值: 16000余名', '余: “余”表示实际数值多于所示数值', '单位（行政区）: 测试县', '年度: 2099',
      '修订版次: 3', '报送: clerk-t2 于 at 2099-01-20T08:00:00Z 报送（报送单 #42）', '审核: reviewer-t 于 at 2099-02-03T04:05:00Z 批准', '来源: submission 42',
      '所属版本: 2099-2',
    ]);
  });

  it('in English says who submitted it when, and who approved it when', () => {
    expect(text(provenanceLines(run, { names, value: submitted, edition: '2099-2', locale: 'en', t: en, formatTime: at }))
      .filter((line) => /^(Submitted|Approved):/.test(line))).toEqual([
      'Submitted: by clerk-t2 on at 2099-01-20T08:00:00Z (submission #42)', 'Approved: by reviewer-t on at 2099-02-03T04:05:00Z',
    ]);
  });

  it('in English names what the catalogue names in English; a loaded value says who recorded it', () => {
    expect(text(provenanceLines(run, { names, value: loaded, edition: '2099-1', locale: 'en', t: en, formatTime: at }))).toEqual([
      'Indicator: Test members', 'Value: over 16,000 persons', '余: 余 means the actual figure is more than the one shown',
      'Unit of government: Test County', 'Year: 2099', 'Revision: 1', 'Recorded: dataset-loader, at 2099-01-01T00:00:00Z',
      'Source: 测试文件', 'Edition: 2099-1',
    ]);
  });

  it('before names and values arrive, and in a draft, says what the run itself says: codes, computation, status', () => {
    const draft: FigureRun = { ...run, computation: 'growth', basePeriod: '2098', status: 'missing', value: null, qualifier: null, text: '—' };
    expect(text(provenanceLines(draft, { locale: 'zh-CN', t: zh, formatTime: at }))).toEqual([
      '指标: t.members', '数值: 暂无数据', '单位（行政区）: T2', '年度: 2099', '计算: 较 2098 年同比增长', '状态: 尚无数据',
    ]);
  });
});

describe('provenanceLinks', () => {
  it('links the indicator’s data on the dashboard and the edition’s frozen values (the live ones in a draft)', () => {
    expect(provenanceLinks(run, '2099-2')).toEqual({
      data: '/dashboard?period=2099&indicator=t.members',
      download: '/api/v1/exports?format=csv&indicator=t.members&edition=2099-2',
    });
    expect(provenanceLinks(run).download).toBe('/api/v1/exports?format=csv&indicator=t.members&period=2099');
  });
});

describe('placeTip', () => {
  const viewport = { width: 390, height: 800 };
  it('leaves a tip that fits where it is: below the figure, from its start', () => {
    expect(placeTip({ left: 20, top: 100, bottom: 120 }, { width: 200, height: 150 }, viewport)).toEqual({ dx: 0, above: false });
  });
  it('shifts a tip that would cross the right edge back inside, keeping 8 px', () => {
    expect(placeTip({ left: 300, top: 100, bottom: 120 }, { width: 200, height: 150 }, viewport)).toEqual({ dx: -118, above: false });
  });
  it('never shifts it past the left edge, even when it is wider than the screen', () => {
    expect(placeTip({ left: 100, top: 100, bottom: 120 }, { width: 500, height: 150 }, viewport).dx).toBe(-92);
  });
  it('puts it above the figure when there is no room below but room above', () => {
    expect(placeTip({ left: 20, top: 700, bottom: 720 }, { width: 200, height: 150 }, viewport).above).toBe(true);
    expect(placeTip({ left: 20, top: 100, bottom: 720 }, { width: 200, height: 150 }, viewport).above).toBe(false);
  });
});
