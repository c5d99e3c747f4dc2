import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { blockExtensions } from './blockExtensions';
import { fromEditorDoc, markersOf, parseMarker, segments, toEditorDoc, writeMarker, type EditorDoc } from './markup';

/** Every block's source of the 2021 review, read from the dataset file the backend loads. */
function sourcesOf2021(): string[] {
  // Vitest runs in frontend/; the dataset is the backend's.
  const lines = readFileSync(resolve('../backend/src/main/resources/dataset/2021-bazhong.yaml'), 'utf8').split('\n');
  const sources: string[] = [];
  lines.forEach((line, i) => {
    const block = /^(\s*)- (lead|topic|paragraph|closing): \|-$/.exec(line);
    if (!block) return;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]?.startsWith(`${block[1]}    `) ?? false); j++) body.push(lines[j]!.trim());
    sources.push(body.join('\n'));
  });
  return sources;
}

describe('a block source in the editor', () => {
  const sources = sourcesOf2021();

  it('reads the whole 2021 review', () => {
    expect(sources.length).toBe(38); // every block of the six sections
    expect(sources.flatMap(markersOf)).toHaveLength(56); // the 56 figures of the text
  });

  it('comes back from a real editor exactly as it went in, for every block of 2021', () => {
    const editor = new Editor({ extensions: blockExtensions({ onPick: () => undefined, onEdit: () => undefined }) });
    for (const source of sources) {
      editor.commands.setContent(toEditorDoc(source));
      expect(fromEditorDoc(editor.getJSON() as EditorDoc)).toBe(source);
    }
    editor.destroy();
  });

  it('makes a chip of each marker and keeps the text around it as typed', () => {
    expect(segments('全市{{theory.branch_life_meetings}}党支部 <b>{{x}}')).toEqual([
      { kind: 'text', text: '全市' },
      { kind: 'figure', markup: '{{theory.branch_life_meetings}}' },
      { kind: 'text', text: '党支部 <b>' },
      { kind: 'figure', markup: '{{x}}' },
    ]);
    expect(segments('未完的 {{talent.re')).toEqual([{ kind: 'text', text: '未完的 {{talent.re' }]);
  });

  it('keeps an empty block empty', () => {
    expect(fromEditorDoc(toEditorDoc(''))).toBe('');
  });
});

describe('a marker for the figure picker', () => {
  it.each([
    '{{talent.recruited}}',
    '{{talent.recruited|wan}}',
    '{{talent.recruited@511921}}',
    '{{talent.recruited:2021}}',
    '{{growth(talent.recruited@511921:2022, 2021)}}',
    '{{change(cadre.young_share, 2021)}}',
    '{{sum(talent.recruited)|wan}}',
  ])('%s is read and written back the same', (markup) => {
    const spec = parseMarker(markup);
    expect(spec).toBeDefined();
    expect(writeMarker(spec!)).toBe(markup);
  });

  it.each(['{{}}', '{{Talent}}', '{{growth(talent.recruited)}}', '{{sum(talent.recruited, 2021)}}', '{{talent.recruited|pct}}', 'talent.recruited'])(
    '%s is not one it can edit', (markup) => expect(parseMarker(markup)).toBeUndefined());
});
