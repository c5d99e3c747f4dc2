import type { InjectionKey } from 'vue';
import type { FigureRun } from './api';

/** What the chips of every block ask the page: how a marker renders now, and what it is called. */
export interface FigureLookup {
  run: (markup: string) => FigureRun | undefined;
  indicatorName: (code: string) => string;
  edit: (position: number, markup: string) => void;
}
export const FIGURES: InjectionKey<FigureLookup> = Symbol('figures');

/** The figure runs of a rendered block by the markers of its source, in order (as the server renders them). */
export function runsByMarker(markers: string[], runs: { type: string }[]): [string, FigureRun][] {
  const figures = runs.filter((r): r is FigureRun => r.type === 'figure');
  return markers.flatMap((m, i) => (figures[i] ? [[m, figures[i]] as [string, FigureRun]] : []));
}
