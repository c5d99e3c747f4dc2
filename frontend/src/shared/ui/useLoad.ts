import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

export interface Load<T> {
  /** The last answer; undefined while the first load runs, or after a failed one (unless kept, see LoadOptions). */
  data: ShallowRef<T | undefined>;
  /** Why the last load failed (shown with ProblemAlert), undefined otherwise. */
  error: ShallowRef<unknown>;
  loading: Ref<boolean>;
  /** Loads again; an answer that arrives after a newer load started is dropped. */
  load: () => Promise<void>;
}

export interface LoadOptions {
  /**
   * Keep the last answer on screen while loading again, and after a reload that fails (its error is shown
   * beside it): for a page whose parts hold what a person just did (an upload's result) across a reload.
   */
  keep?: boolean;
}

/** The loading/error/data state every page repeats, in one place. */
export function useLoad<T>(fetch: () => Promise<T>, options: LoadOptions = {}): Load<T> {
  const data = shallowRef<T>();
  const error = shallowRef<unknown>();
  const loading = ref(false);
  let latest = 0;
  async function load() {
    const mine = ++latest;
    loading.value = true;
    if (!options.keep) data.value = undefined;
    error.value = undefined;
    try {
      const answer = await fetch();
      if (mine === latest) data.value = answer;
    } catch (e) {
      if (mine === latest) error.value = e;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }
  return { data, error, loading, load };
}
