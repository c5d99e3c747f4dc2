import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

/**
 * How many of a document's sections are drawn. The whole 2021 review set in one go held a phone's main
 * thread for about 0.4 s (its components, then its layout; Lighthouse's 4× slower CPU), and even one
 * section made a long task when it came with the page's own rendering: each section is drawn in a task
 * of its own, the first one a frame after the page, and the page answers a tap between them. Only the first document is drawn so:
 * the next (another edition, the editor's preview as the writer types) replaces it at once, without
 * blinking. Printing draws them all first.
 */
export function useDrawnSections(sections: () => readonly unknown[]): Ref<number> {
  const sectionCount = () => sections().length;
  const drawn = ref(0);
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function next() {
    if (drawn.value >= sectionCount()) return;
    // After the frame that shows what is drawn, in a task of its own.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        drawn.value += 1;
        next();
      });
    });
  }
  function stop() {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  function all() {
    stop();
    drawn.value = sectionCount();
  }

  let first = true;
  watch(sections, () => {
    if (!first || typeof requestAnimationFrame !== 'function') return all();
    first = false;
    next();
  }, { immediate: true });
  onMounted(() => globalThis.addEventListener?.('beforeprint', all));
  onBeforeUnmount(() => {
    stop();
    globalThis.removeEventListener?.('beforeprint', all);
  });
  return drawn;
}
