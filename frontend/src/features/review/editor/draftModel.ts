import type { Draft, DraftContent } from './api';

export type BlockKind = DraftContent['sections'][number]['blocks'][number]['kind'];
export const BLOCK_KINDS: BlockKind[] = ['lead', 'topic', 'paragraph', 'closing'];

/** A block as the editor lists it: the id keeps Vue's list stable while blocks move. */
export interface EditorBlock { id: number; kind: BlockKind; source: string }
export interface EditorSection { id: number; key: string; heading: string; theme: string; blocks: EditorBlock[] }
export interface EditorContent { title: string; subtitle: string; sections: EditorSection[] }

let nextId = 1;
export const newBlock = (kind: BlockKind = 'paragraph', source = ''): EditorBlock => ({ id: nextId++, kind, source });

export function editable(content: DraftContent | Draft): EditorContent {
  return {
    title: content.title,
    subtitle: content.subtitle ?? '',
    sections: content.sections.map((s) => ({
      id: nextId++,
      key: s.key,
      heading: s.heading ?? '',
      theme: s.theme ?? '',
      blocks: s.blocks.map((b) => newBlock(b.kind, b.source)),
    })),
  };
}

/** What the API stores: ids dropped, empty heading, theme and subtitle as none. */
export function contentOf(e: EditorContent): DraftContent {
  return {
    title: e.title,
    subtitle: e.subtitle || null,
    sections: e.sections.map((s) => ({
      key: s.key,
      heading: s.heading || null,
      theme: s.theme || null,
      blocks: s.blocks.map((b) => ({ kind: b.kind, source: b.source })),
    })),
  };
}

/** The same text, headings and blocks (what a save would change). */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return JSON.stringify(contentOf(editable(a))) === JSON.stringify(contentOf(editable(b)));
}

/** A key for a new section: section_2, section_3… (keys are the API's, lower case). */
export function newSectionKey(sections: { key: string }[]): string {
  const taken = new Set(sections.map((s) => s.key));
  let n = 1;
  while (taken.has(`section_${n}`)) n++;
  return `section_${n}`;
}

/** Moves an item of a list by one place up (-1) or down (+1); nothing at the ends. */
export function move<T>(list: T[], index: number, by: -1 | 1): void {
  const to = index + by;
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item!);
}
