import { describe, expect, it } from 'vitest';
import type { DraftContent } from './api';
import { alignBlocks, conflictRows, merged } from './conflict';

const p = (source: string) => ({ kind: 'paragraph' as const, source });
const draft = (...sources: string[]): DraftContent => ({
  title: '标题', subtitle: null, sections: [{ key: 'theory', heading: '坚持凝心铸魂', theme: null, blocks: sources.map(p) }],
});

describe('two versions of a draft, block by block', () => {
  it('lines up the blocks both have, so one inserted block does not shift the rest', () => {
    const rows = alignBlocks([p('一'), p('二'), p('三')], [p('一'), p('新'), p('二'), p('三')]);
    expect(rows.map(([a, b]) => [a?.source ?? null, b?.source ?? null])).toEqual([
      ['一', '一'], [null, '新'], ['二', '二'], ['三', '三'],
    ]);
  });

  it('pairs a block changed on both sides', () => {
    const rows = conflictRows(draft('一', '我改的二', '三'), draft('一', '他改的二', '三')).filter((r) => r.differs);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mine: '我改的二', theirs: '他改的二', choice: 'mine' });
  });

  it('keeps the author\'s text by default, and takes theirs or an edit where chosen', () => {
    const rows = conflictRows(draft('一', '我改的二', '我加的'), draft('一', '他改的二'));
    expect(merged(rows).sections[0]!.blocks.map((b) => b.source)).toEqual(['一', '我改的二', '我加的']);
    const changed = rows.filter((r) => r.differs && r.where.field === 'block');
    changed[0]!.choice = 'theirs';
    changed[1]!.choice = 'edited';
    changed[1]!.edited = '合并后的';
    expect(merged(rows).sections[0]!.blocks.map((b) => b.source)).toEqual(['一', '他改的二', '合并后的']);
  });

  it('leaves out a block only the other side has when the author keeps theirs there', () => {
    const rows = conflictRows(draft('一'), draft('一', '他加的'));
    expect(merged(rows).sections[0]!.blocks.map((b) => b.source)).toEqual(['一']);
    rows.find((r) => r.theirs === '他加的')!.choice = 'theirs';
    expect(merged(rows).sections[0]!.blocks.map((b) => b.source)).toEqual(['一', '他加的']);
  });
});
