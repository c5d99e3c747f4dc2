/**
 * A block's source as the editor holds it: text, and figure markers as chips. The syntax is the
 * API's (see DraftContent in openapi.yaml); the editor never rewrites what the author wrote — a
 * marker keeps its exact text, and text outside markers is kept as typed.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'figure'; markup: string };

/** Splits a source into text and `{{…}}` markers; an unclosed `{{` stays text (the server names it). */
export function segments(source: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    const close = open < 0 ? -1 : source.indexOf('}}', open + 2);
    if (open < 0 || close < 0) {
      out.push({ kind: 'text', text: source.slice(at) });
      break;
    }
    if (open > at) out.push({ kind: 'text', text: source.slice(at, open) });
    out.push({ kind: 'figure', markup: source.slice(open, close + 2) });
    at = close + 2;
  }
  return out;
}

/** The markers of a source, in order. */
export function markersOf(source: string): string[] {
  return segments(source).flatMap((s) => (s.kind === 'figure' ? [s.markup] : []));
}

interface EditorText { type: 'text'; text: string }
interface EditorFigure { type: 'figure'; attrs: { markup: string } }
export interface EditorParagraph { type: 'paragraph'; content?: (EditorText | EditorFigure | { type: string })[] }
export interface EditorDoc { type: 'doc'; content?: EditorParagraph[] }

/** A block's source as a TipTap document: one paragraph of text nodes and figure atoms. */
export function toEditorDoc(source: string): EditorDoc {
  const content = segments(source).map((s) =>
    s.kind === 'text' ? { type: 'text' as const, text: s.text } : { type: 'figure' as const, attrs: { markup: s.markup } });
  return { type: 'doc', content: [content.length ? { type: 'paragraph', content } : { type: 'paragraph' }] };
}

/** Back from the editor: the text as typed, each chip as its marker; paragraphs (from a paste) joined by a line break. */
export function fromEditorDoc(doc: EditorDoc): string {
  return (doc.content ?? [])
    .map((p) => (p.content ?? []).map((n) => {
      if (n.type === 'text') return (n as EditorText).text;
      if (n.type === 'figure') return (n as EditorFigure).attrs.markup;
      return n.type === 'hardBreak' ? '\n' : '';
    }).join(''))
    .join('\n');
}

export type Computation = 'value' | 'growth' | 'change' | 'sum';
export type DisplayFormat = 'number' | 'wan';

/** What a marker asks for, as the figure picker edits it. Unit and period absent: the review's own. */
export interface FigureSpec {
  computation: Computation;
  indicator: string;
  orgUnit?: string;
  period?: string;
  basePeriod?: string;
  format: DisplayFormat;
}

const REF = /^([a-z0-9_]+(?:\.[a-z0-9_]+)+)(?:@([A-Za-z0-9][A-Za-z0-9-]{0,31}))?(?::([A-Za-z0-9][A-Za-z0-9-]{0,31}))?$/;
const CALL = /^(growth|change|sum)\((.*?)(?:,\s*(.*))?\)$/;

/** Reads a marker the picker can edit; undefined for one it cannot (the server says what is wrong with it). */
export function parseMarker(markup: string): FigureSpec | undefined {
  const inside = /^\{\{(.*)\}\}$/s.exec(markup)?.[1];
  if (inside === undefined) return undefined;
  const bar = inside.lastIndexOf('|');
  const format = bar < 0 ? 'number' : inside.slice(bar + 1);
  if (format !== 'number' && format !== 'wan') return undefined;
  const expression = bar < 0 ? inside : inside.slice(0, bar);
  const call = CALL.exec(expression);
  const computation = (call?.[1] ?? 'value') as Computation;
  const ref = REF.exec(call ? call[2] ?? '' : expression);
  if (!ref || !ref[1]) return undefined;
  const base = call?.[3];
  if ((computation === 'growth' || computation === 'change') !== (base !== undefined)) return undefined;
  return { computation, indicator: ref[1], orgUnit: ref[2], period: ref[3], basePeriod: base, format };
}

/** The marker for a spec, written the one way the service writes it back (FigureRef.markup). */
export function writeMarker(spec: FigureSpec): string {
  const ref = spec.indicator + (spec.orgUnit ? `@${spec.orgUnit}` : '') + (spec.period ? `:${spec.period}` : '');
  const expression = spec.computation === 'value' ? ref
    : spec.computation === 'sum' ? `sum(${ref})` : `${spec.computation}(${ref}, ${spec.basePeriod})`;
  return `{{${expression}${spec.format === 'number' ? '' : `|${spec.format}`}}}`;
}
