import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { valueKey, type FigureRun, type FrozenValue, type Names } from '../api';

/** What a figure's tip tells besides the figure itself; it arrives after the text. */
export interface FigureSources {
  names?: Names;
  /** The values the edition froze, by valueKey. */
  values?: Record<string, FrozenValue>;
  /** The edition shown; none in a draft's preview. */
  edition?: string;
}

const key: InjectionKey<ComputedRef<FigureSources>> = Symbol('figure sources');
const none = computed<FigureSources>(() => ({}));

/**
 * Handed to the figures beside the text rather than through it: names and values arriving then
 * change only the tips that read them, and the article's text is not drawn again for each arrival.
 */
export function provideFigureSources(sources: () => FigureSources): void {
  provide(key, computed(sources));
}

export function useFigureSources(run: () => FigureRun) {
  const sources = inject(key, none);
  return computed(() => {
    const { names, values, edition } = sources.value;
    return { names, edition, value: values?.[valueKey(run())] };
  });
}
