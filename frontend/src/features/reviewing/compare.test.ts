import { describe, expect, it } from 'vitest';
import { defaultPair, sideBySide } from './compare';

describe('sideBySide', () => {
  it('shows the earlier text with its deletions and the later with its insertions, in order', () => {
    expect(sideBySide([
      { op: 'equal', text: '全市' }, { op: 'delete', text: '6300' }, { op: 'insert', text: '6400' }, { op: 'equal', text: '余个党支部' },
    ])).toEqual({
      before: [{ text: '全市', mark: 'same' }, { text: '6300', mark: 'deleted' }, { text: '余个党支部', mark: 'same' }],
      after: [{ text: '全市', mark: 'same' }, { text: '6400', mark: 'inserted' }, { text: '余个党支部', mark: 'same' }],
    });
  });

  it('merges neighbours of one kind and drops empty segments; a pure insertion leaves the earlier side unmarked', () => {
    expect(sideBySide([
      { op: 'equal', text: '甲' }, { op: 'insert', text: '乙' }, { op: 'insert', text: '丙' }, { op: 'equal', text: '' }, { op: 'equal', text: '丁' },
    ])).toEqual({
      before: [{ text: '甲丁', mark: 'same' }],
      after: [{ text: '甲', mark: 'same' }, { text: '乙丙', mark: 'inserted' }, { text: '丁', mark: 'same' }],
    });
  });

  it('keeps markup-looking text as the text it is', () => {
    expect(sideBySide([{ op: 'insert', text: '<b>x</b>' }]).after).toEqual([{ text: '<b>x</b>', mark: 'inserted' }]);
  });
});

describe('defaultPair', () => {
  it('compares the latest edition with the one before, whatever the order given', () => {
    expect(defaultPair([3, 1, 2])).toEqual({ from: 2, to: 3 });
    expect(defaultPair([1])).toBeUndefined();
    expect(defaultPair([])).toBeUndefined();
  });
});
