import { describe, expect, it } from 'vitest';
import { parseValueFile } from './valueFile';

// Generated test rows, not real figures.
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
    expect(parsed.rows).toEqual([2, 3]);
  });

  it('takes back a file saved from the CSV export (org_unit, extra columns)', () => {
    const csv = 'indicator,indicator_name,org_unit,org_unit_name,period,value,unit,qualifier,revision\r\n'
      + 'test.a,测试,T1,测试市,2099,5000,名,more_than,2\r\n';
    expect(parseValueFile('export.csv', csv).entries).toEqual([
      { indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 5000, qualifier: 'more_than', unit: '名' },
    ]);
  });

  it('names the rows whose value is not a number and the columns a header lacks', () => {
    const parsed = parseValueFile('v.csv', 'indicator,orgUnit,period,value\ntest.a,T1,2099,12\ntest.b,T1,2099,twelve\n');
    expect(parsed.problems).toEqual([{ row: 3, message: 'value "twelve" is not a number' }]);
    expect(parseValueFile('v.csv', 'indicator,value\ntest.a,1\n').problems)
      .toEqual([{ row: 1, message: 'the header lacks orgUnit, period' }]);
  });

  it('reads a JSON data value set or a bare array, numbering entries from 1', () => {
    const set = { dataValues: [{ indicator: 'test.a', orgUnit: 'T1', period: '2099', value: 1 }] };
    expect(parseValueFile('v.json', JSON.stringify(set))).toEqual({ entries: set.dataValues, rows: [1], problems: [] });
    expect(parseValueFile('v.json', JSON.stringify(set.dataValues)).entries).toEqual(set.dataValues);
    expect(parseValueFile('v.json', '{"dataValues": 3}').problems[0]?.message).toMatch(/expected/);
    expect(parseValueFile('v.json', '{oops').problems[0]?.message).toMatch(/not valid JSON/);
  });
});
