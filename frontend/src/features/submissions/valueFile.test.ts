import { describe, expect, it } from 'vitest';
import type { Indicator } from './api';
import { checkEntries, parseValueFile, templateCsv } from './valueFile';

// Generated test rows and indicators, not real figures.
const count: Indicator = {
  code: 'test.a', nameZh: '测试计数', nameEn: 'Test count', unit: '个', valueType: 'count', aggregation: 'sum',
  category: 'theory', min: 0, max: 1000,
};
const share: Indicator = { ...count, code: 'test.b', nameZh: '测试, "比例"', nameEn: 'Test share', unit: '%', valueType: 'percent', max: 100 };

describe('parseValueFile', () => {
  it('reads the CSV the export writes, with quoted comments and a BOM', () => {
    const csv = '\uFEFFindicator,orgUnit,period,value,qualifier,unit,comment\r\n'
      + 'test.a,T1,2099,12,more_than,个,"one, ""two""\nthree"\r\n'
      + 'test.b,T1,2099,3.5,,,\r\n';
    const parsed = parseValueFile('values.csv', csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      { indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 12, qualifier: 'more_than', unit: '个', comment: 'one, "two"\nthree' },
      { indicator: 'test.b', orgUnit: 'T1', period: '2099', value: 3.5 },
    ]);
    expect(parsed.rows).toEqual([2, 3]); // a line break inside quotes stays in its spreadsheet row
  });

  it('takes back a file saved from the CSV export (org_unit, extra columns)', () => {
    const csv = 'indicator,indicator_name,org_unit,org_unit_name,period,value,unit,qualifier,revision\r\n'
      + 'test.a,测试,T1,测试市,2099,5000,名,more_than,2\r\n';
    expect(parseValueFile('export.csv', csv).entries).toEqual([
      { indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 5000, qualifier: 'more_than', unit: '名' },
    ]);
  });

  it('names the rows whose value is not a number, as a spreadsheet numbers them, and the columns a header lacks', () => {
    const parsed = parseValueFile('v.csv', 'indicator,orgUnit,period,value\ntest.a,T1,2099,12\n\ntest.b,T1,2099,twelve\n');
    expect(parsed.problems).toEqual([{ row: 4, field: 'value', key: 'fileProblem.notNumber', params: { value: 'twelve' } }]);
    expect(parsed.rows).toEqual([2]);
    expect(parseValueFile('v.csv', 'indicator,value\ntest.a,1\n').problems)
      .toEqual([{ row: 1, field: '', key: 'fileProblem.header', params: { columns: 'orgUnit, period' } }]);
  });

  it('leaves out rows with no value, as an unfilled template has', () => {
    const parsed = parseValueFile('v.csv', 'indicator,orgUnit,period,value\ntest.a,T1,2099,\ntest.b,T1,2099,4\n');
    expect(parsed).toEqual({ entries: [{ indicator: 'test.b', orgUnit: 'T1', period: '2099', value: 4 }], rows: [3], problems: [] });
  });

  it('reads a JSON data value set or a bare array, numbering entries from 1', () => {
    const set = { dataValues: [{ indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 1 }] };
    expect(parseValueFile('v.json', JSON.stringify(set))).toEqual({ entries: set.dataValues, rows: [1], problems: [] });
    expect(parseValueFile('v.json', JSON.stringify(set.dataValues)).entries).toEqual(set.dataValues);
    expect(parseValueFile('v.json', '{"dataValues": 3}').problems[0]?.key).toBe('fileProblem.jsonShape');
    expect(parseValueFile('v.json', '{oops').problems[0]?.key).toBe('fileProblem.json');
  });
});

describe('checkEntries', () => {
  it('names each problem by the file’s row and the column, in i18n words', () => {
    const file = parseValueFile('v.csv', [
      'indicator,orgUnit,period,value,qualifier,unit',
      'test.a,T1,2099,12,,个', // fine
      'test.b,T1,2099,120,,%', // above 100
      'test.x,T2,2000,1,,', // unknown indicator, another unit, a closed year
      'test.b,T1,2099,5,more_than,个', // 余 of a percentage, wrong unit
      'test.a,T1,2099,13,,', // twice
    ].join('\n'));
    expect(checkEntries(file, [count, share], 'T1', ['2099'])).toEqual([
      { row: 3, field: 'value', key: 'rules.bounds', params: { min: 0, max: 100 } },
      { row: 4, field: 'indicator', key: 'fileProblem.unknownIndicator', params: { code: 'test.x' } },
      { row: 4, field: 'orgUnit', key: 'fileProblem.otherUnit', params: { unit: 'T2', own: 'T1' } },
      { row: 4, field: 'period', key: 'fileProblem.closedPeriod', params: { period: '2000', open: '2099' } },
      { row: 5, field: 'qualifier', key: 'rules.moreThanCounts', params: undefined },
      { row: 5, field: 'unit', key: 'fileProblem.unit', params: { unit: '个', expected: '%' } },
      { row: 5, field: 'indicator', key: 'fileProblem.twice', params: { first: 3 } },
      { row: 6, field: 'indicator', key: 'fileProblem.twice', params: { first: 2 } },
    ]);
  });

  it('checks a JSON entry’s types', () => {
    const file = parseValueFile('v.json', JSON.stringify([{ indicator: 'test.a', orgUnit: 'T1', period: '2099', value: '3', qualifier: 'about' }]));
    expect(checkEntries(file, [count], 'T1', ['2099']).map((p) => [p.row, p.key]))
      .toEqual([[1, 'fileProblem.qualifier'], [1, 'fileProblem.notNumber']]);
  });
});

describe('templateCsv', () => {
  it('lists every indicator for the unit and year, names quoted, and reads back as nothing reported', () => {
    const csv = templateCsv([count, share], 'T1', '2099', 'zh-CN');
    expect(csv.startsWith('\uFEFFindicator,name,unit,orgUnit,period,value,qualifier,comment\r\n')).toBe(true);
    expect(csv).toContain('test.b,"测试, ""比例""",%,T1,2099,,,\r\n');
    expect(parseValueFile('template.csv', csv)).toEqual({ entries: [], rows: [], problems: [] });
  });

  it('once filled in, gives the values to import', () => {
    const filled = templateCsv([count], 'T1', '2099', 'en').replace('T1,2099,,,', 'T1,2099,7,more_than,');
    expect(filled).toContain('Test count');
    const parsed = parseValueFile('template.csv', filled);
    expect(parsed.entries).toEqual([{ indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 7, qualifier: 'more_than', unit: '个' }]);
    expect(checkEntries(parsed, [count], 'T1', ['2099'])).toEqual([]);
  });
});
