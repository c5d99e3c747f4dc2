import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

export interface Load<T> {
  /** The last answer; undefined while the first load runs, or after a failed one. */
  data: ShallowRef<T | undefined>;
  /** Why the last load failed (shown with ProblemAlert), undefined otherwise. */
  error: ShallowRef<unknown>;
  loading: Ref<boolean>;
  /** Loads again; an answer that arrives after a newer load started is dropped. */
  load: () => Promise<void>;
}

/** The loading/error/data state every page repeats, in one place. */
export function useLoad<T>(fetch: () => Promise<T>): Load<T> {
  const data = shallowRef<T>();
  const error = shallowRef<unknown>();
  const loading = ref(false);
  let latest = 0;
  async function load() {
    const mine = ++latest;
    loading.value = true;
    data.value = undefined;
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
