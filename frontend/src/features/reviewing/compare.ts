import type { Schemas } from '../../shared/api/client';

export type EditionComparison = Schemas['EditionComparison'];
export type Segment = EditionComparison['changed'][number]['segments'][number];

/** A stretch of a block's text as one side shows it: kept, or (marked) deleted or inserted. */
export interface Piece {
  text: string;
  mark: 'same' | 'deleted' | 'inserted';
}

/**
 * A changed block's segments (equal, delete, insert, by character) as the two sides of a side-by-side
 * view: the earlier text with its deletions marked, the later with its insertions. Neighbouring pieces
 * of the same kind are merged, and empty ones dropped.
 */
export function sideBySide(segments: Segment[]): { before: Piece[]; after: Piece[] } {
  const before: Piece[] = [];
  const after: Piece[] = [];
  const add = (side: Piece[], text: string, mark: Piece['mark']) => {
    if (!text) return;
    const last = side.at(-1);
    if (last?.mark === mark) last.text += text;
    else side.push({ text, mark });
  };
  for (const s of segments) {
    if (s.op !== 'insert') add(before, s.text, s.op === 'delete' ? 'deleted' : 'same');
    if (s.op !== 'delete') add(after, s.text, s.op === 'insert' ? 'inserted' : 'same');
  }
  return { before, after };
}

/** Which two editions to compare first: the latest with the one before it; none while there is only one. */
export function defaultPair(numbers: number[]): { from: number; to: number } | undefined {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length >= 2 ? { from: sorted.at(-2)!, to: sorted.at(-1)! } : undefined;
}
