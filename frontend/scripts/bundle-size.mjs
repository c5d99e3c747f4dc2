// Prints what each page's first load costs in JavaScript and CSS (gzip), from the build's manifest, and
// fails when the review page's initial JavaScript is over its budget. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100; // the review route's initial JavaScript, gzip (issue: the SPA for readers)
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));

/** A chunk and everything it imports statically: what the browser must fetch before it runs. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

const gzipKb = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1024;
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = Object.keys(manifest).filter((k) => /Page\.vue$/.test(k));

const rows = pages.map((page) => {
  const chunks = new Set([...closure(entry), ...closure(page)]);
  const js = [...chunks].reduce((kb, k) => kb + gzipKb(manifest[k].file), 0);
  const css = [...chunks].flatMap((k) => manifest[k].css ?? []).reduce((kb, f) => kb + gzipKb(f), 0);
  return { page: page.replace(/^src\/features\//, ''), 'initial JS kB gzip': js.toFixed(1), 'CSS kB gzip': css.toFixed(1) };
});
console.table(rows);

const review = rows.find((r) => r.page === 'review/ReviewPage.vue');
console.log(`review page: ${review['initial JS kB gzip']} kB of initial JavaScript (gzip); budget ${BUDGET_KB} kB`);
// The editor (TipTap, ProseMirror) is a chunk of its own: none of it may reach the reader's first load.
const editor = 'src/features/review/editor/EditorPage.vue';
const readerChunks = new Set([...closure(entry), ...closure('src/features/review/ReviewPage.vue')]);
const editorOnly = [...closure(editor)].filter((k) => !readerChunks.has(k));
console.log(`review editor: ${rows.find((r) => r.page === 'review/editor/EditorPage.vue')['initial JS kB gzip']} kB (gzip), `
  + `of which ${editorOnly.reduce((kb, k) => kb + gzipKb(manifest[k].file), 0).toFixed(1)} kB load only with it`);
if (editorOnly.length === 0 || [...readerChunks].some((k) => /tiptap|prosemirror/.test(k))) {
  console.error('the editor must be a lazily loaded chunk, apart from the reader\'s');
  process.exit(1);
}
if (Number(review['initial JS kB gzip']) > BUDGET_KB) {
  console.error('over budget: keep heavy libraries (ECharts, Element Plus, oidc-client-ts) out of the review route');
  process.exit(1);
}
