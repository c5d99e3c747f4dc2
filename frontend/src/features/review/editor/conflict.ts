import type { DraftContent } from './api';
import type { BlockKind } from './draftModel';

/** One place where two versions of a draft may differ, and which text the author keeps there. */
export interface ConflictRow {
  where: { section: string; heading: string; field: 'title' | 'subtitle' | 'heading' | 'theme' | 'block' };
  mine: string | null;
  theirs: string | null;
  kind?: BlockKind;
  /** Differs between the two; rows that don't are shown folded. */
  differs: boolean;
  choice: 'mine' | 'theirs' | 'edited';
  edited: string;
}

type Block = DraftContent['sections'][number]['blocks'][number];

/**
 * Lines two block lists up (longest common subsequence of their texts), so a block inserted on one
 * side does not make every later block look changed. Unmatched blocks between two matches are paired
 * in order; what is left over stands alone (added on one side).
 */
export function alignBlocks(mine: Block[], theirs: Block[]): [Block | null, Block | null][] {
  const n = mine.length;
  const m = theirs.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = mine[i]!.source === theirs[j]!.source ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const rows: [Block | null, Block | null][] = [];
  let i = 0;
  let j = 0;
  let onlyMine: Block[] = [];
  let onlyTheirs: Block[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(onlyMine.length, onlyTheirs.length); k++) rows.push([onlyMine[k] ?? null, onlyTheirs[k] ?? null]);
    onlyMine = [];
    onlyTheirs = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && mine[i]!.source === theirs[j]!.source) {
      flush();
      rows.push([mine[i++]!, theirs[j++]!]);
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      onlyMine.push(mine[i++]!);
    } else {
      onlyTheirs.push(theirs[j++]!);
    }
  }
  flush();
  return rows;
}

function row(where: ConflictRow['where'], mine: string | null, theirs: string | null, kind?: BlockKind): ConflictRow {
  return { where, mine, theirs, kind, differs: mine !== theirs, choice: 'mine', edited: mine ?? theirs ?? '' };
}

/** Every place of the two versions, section by section (theirs' order, then sections only mine has). */
export function conflictRows(mine: DraftContent, theirs: DraftContent): ConflictRow[] {
  const rows: ConflictRow[] = [
    row({ section: '', heading: '', field: 'title' }, mine.title, theirs.title),
    row({ section: '', heading: '', field: 'subtitle' }, mine.subtitle ?? '', theirs.subtitle ?? ''),
  ];
  const keys = [...theirs.sections.map((s) => s.key), ...mine.sections.map((s) => s.key)].filter((k, i, all) => all.indexOf(k) === i);
  for (const key of keys) {
    const a = mine.sections.find((s) => s.key === key);
    const b = theirs.sections.find((s) => s.key === key);
    const heading = b?.heading ?? a?.heading ?? key;
    const where = (field: ConflictRow['where']['field']) => ({ section: key, heading, field });
    rows.push(row(where('heading'), a ? a.heading ?? '' : null, b ? b.heading ?? '' : null));
    rows.push(row(where('theme'), a ? a.theme ?? '' : null, b ? b.theme ?? '' : null));
    for (const [x, y] of alignBlocks(a?.blocks ?? [], b?.blocks ?? [])) {
      rows.push(row(where('block'), x?.source ?? null, y?.source ?? null, x?.kind ?? y?.kind));
    }
  }
  return rows;
}

/** The merged draft: each place's chosen text; a place left empty on the chosen side is left out. */
export function merged(rows: ConflictRow[]): DraftContent {
  const pick = (r: ConflictRow) => (r.choice === 'edited' ? r.edited : r.choice === 'mine' ? r.mine : r.theirs);
  const content: DraftContent = { title: '', subtitle: null, sections: [] };
  for (const r of rows) {
    const text = pick(r);
    if (r.where.field === 'title') content.title = text ?? '';
    else if (r.where.field === 'subtitle') content.subtitle = text || null;
    else {
      let section = content.sections.find((s) => s.key === r.where.section);
      if (!section) {
        section = { key: r.where.section, heading: null, theme: null, blocks: [] };
        content.sections.push(section);
      }
      if (r.where.field === 'heading') section.heading = text || null;
      else if (r.where.field === 'theme') section.theme = text || null;
      else if (text !== null) section.blocks.push({ kind: r.kind ?? 'paragraph', source: text });
    }
  }
  return content;
}
