import type { Draft, FigureRun } from './api';

/** A figure of the saved draft as the side list and the checklist show it: where it is, whose it is. */
export interface Attention {
  key: string;
  section: string;
  block: number;
  /** "坚持凝心铸魂 · 第2段" */
  where: string;
  run: FigureRun;
  unitName: string;
}

/** Every figure of the draft that is not approved or does not add up, in the order of the text. */
export function attentionOf(draft: Draft, where: (heading: string, block: number) => string,
                            unitName: (code: string) => string): Attention[] {
  return draft.sections.flatMap((section) => section.blocks.flatMap((block, b) => block.runs
    .filter((r): r is FigureRun => r.type === 'figure')
    .filter((r) => r.status !== 'approved' || r.reconciliation?.matches === false)
    .map((run, i) => ({
      key: `${section.key}.${b}.${i}.${run.markup}`,
      section: section.key,
      block: b,
      where: where(section.heading ?? section.key, b + 1),
      run,
      unitName: unitName(run.orgUnit),
    }))));
}
