import { computed, ref, shallowRef, watch } from 'vue';
import { problemStatus, violationsOf, type Violation } from '../../../shared/api/client';
import { readDraft, saveDraft, type Draft, type DraftContent, type FigureRun } from './api';
import { conflictRows, merged, type ConflictRow } from './conflict';
import { contentOf, editable, sameContent, type EditorContent } from './draftModel';
import { runsByMarker } from './figures';
import { dropLocalCopy, keepLocally, localCopy, type LocalCopy } from './localCopy';
import { markersOf } from './markup';

export type SaveState = 'loading' | 'missing' | 'failed' | 'saved' | 'unsaved' | 'saving' | 'offline' | 'invalid' | 'conflict';

/** How long the author may pause before the draft is saved; the local copy is kept at once. */
const AUTOSAVE_MS = 1200;
const RETRY_MS = 5000;

/**
 * The draft being written: what the server confirmed, what the author has typed since, and the saving
 * in between. Words are kept in the browser until the server has them; a save that lost a race turns
 * into a merge of both texts, never into a lost one.
 */
export function useDraftEditor(year: number, user: string) {
  const draft = shallowRef<Draft>();
  const content = ref<EditorContent>();
  const state = ref<SaveState>('loading');
  const failure = shallowRef<unknown>();
  const problems = ref<Violation[]>([]);
  const offered = ref<LocalCopy>();
  const conflict = ref<{ rows: ConflictRow[]; theirs: Draft }>();
  /** Figures the picker previewed, until a save renders them. */
  const previewed = new Map<string, FigureRun>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;

  const confirmed = computed(() => (draft.value ? contentOf(editable(draft.value)) : undefined));
  const current = () => (content.value ? contentOf(content.value) : undefined);
  const unsaved = computed(() => ['unsaved', 'saving', 'offline', 'invalid', 'conflict'].includes(state.value));

  /** Each marker of the saved draft's text with its rendering (value, text, status). */
  const figures = computed(() => {
    const map = new Map<string, FigureRun>();
    for (const section of draft.value?.sections ?? [])
      for (const block of section.blocks)
        for (const [markup, run] of runsByMarker(markersOf(block.source), block.runs)) map.set(markup, run);
    return map;
  });
  const run = (markup: string) => figures.value.get(markup) ?? previewed.get(markup);

  async function load() {
    state.value = 'loading';
    try {
      const answer = await readDraft(year);
      if (!answer) {
        state.value = 'missing';
        return;
      }
      adopt(answer);
      const copy = localCopy(user, year);
      if (copy && !sameContent(copy.content, contentOf(editable(answer)))) offered.value = copy;
      else if (copy) dropLocalCopy(user, year);
    } catch (error) {
      failure.value = error;
      state.value = 'failed';
    }
  }

  function adopt(answer: Draft, keepTyping = false) {
    draft.value = answer;
    if (!keepTyping) content.value = editable(answer);
    state.value = 'saved';
  }

  watch(content, () => {
    if (['loading', 'missing', 'failed', 'conflict'].includes(state.value) || offered.value) return;
    const mine = current();
    if (!mine || !draft.value) return;
    if (sameContent(mine, confirmed.value!)) {
      if (state.value !== 'saving') state.value = 'saved';
      dropLocalCopy(user, year);
      clearTimeout(timer);
      return;
    }
    keepLocally(user, year, { baseVersion: draft.value.version, content: mine, at: new Date().toISOString() });
    if (state.value !== 'saving') state.value = 'unsaved';
    schedule(AUTOSAVE_MS);
  }, { deep: true });

  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), ms);
  }

  /** Saves what the author has now (waits for a save under way first). */
  async function save(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) {
      await inFlight;
      return unsavedNow() ? save() : undefined;
    }
    const mine = current();
    if (!mine || !draft.value || state.value === 'conflict' || offered.value) return;
    if (sameContent(mine, confirmed.value!)) return;
    inFlight = send(mine, draft.value.version).finally(() => (inFlight = undefined));
    return inFlight;
  }

  const unsavedNow = () => {
    const mine = current();
    return !!mine && !!confirmed.value && !sameContent(mine, confirmed.value);
  };

  async function send(mine: DraftContent, version: number) {
    state.value = 'saving';
    try {
      const answer = await saveDraft(year, mine, version);
      problems.value = [];
      adopt(answer, true);
      if (unsavedNow()) {
        state.value = 'unsaved';
        schedule(AUTOSAVE_MS);
      } else {
        dropLocalCopy(user, year);
      }
    } catch (error) {
      const status = problemStatus(error);
      if (status === 412) {
        // What the author has now, including what was typed while the refused save was under way.
        await meetTheOther(current() ?? mine);
      } else if (status === 422 || status === 400) {
        problems.value = violationsOf(error);
        failure.value = error;
        state.value = 'invalid';
      } else {
        failure.value = error;
        state.value = 'offline';
        schedule(RETRY_MS);
      }
    }
  }

  /** Someone saved in between: both texts side by side, the author's kept unless they choose otherwise. */
  async function meetTheOther(mine: DraftContent) {
    const theirs = await readDraft(year);
    if (!theirs) return;
    conflict.value = { rows: conflictRows(mine, contentOf(editable(theirs))), theirs };
    state.value = 'conflict';
  }

  /** The merge the author settled on becomes the draft's next version, over the other one. */
  async function resolve(rows: ConflictRow[]) {
    const theirs = conflict.value?.theirs;
    if (!theirs) return;
    conflict.value = undefined;
    adopt(theirs, true);
    content.value = editable(merged(rows));
    await save();
  }

  /** The local copy offered after a reload: taken back (a merge if the draft moved on meanwhile), or dropped. */
  async function restore() {
    const copy = offered.value;
    offered.value = undefined;
    if (!copy || !draft.value) return;
    if (copy.baseVersion === draft.value.version) {
      content.value = editable(copy.content);
    } else {
      conflict.value = { rows: conflictRows(copy.content, contentOf(editable(draft.value))), theirs: draft.value };
      state.value = 'conflict';
    }
  }
  function discard() {
    offered.value = undefined;
    dropLocalCopy(user, year);
  }

  return {
    draft, content, state, failure, problems, offered, conflict, unsaved, run, previewed,
    load, save, resolve, restore, discard,
    /** After publishing or starting a correction, the draft's own answer again. */
    reload: async () => {
      const answer = await readDraft(year);
      if (answer) adopt(answer, unsavedNow());
    },
  };
}
