// Runs Lighthouse on each page as a phone and as a desktop, one run at a time, and prints a table of the
// four category scores with the goals beside them. Usage: node scores.mjs BASE_URL PATH...
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [base, ...paths] = process.argv.slice(2);
const out = fileURLToPath(new URL('../../.tools/lighthouse/', import.meta.url));
mkdirSync(out, { recursive: true });
const lighthouse = fileURLToPath(new URL('./node_modules/.bin/lighthouse', import.meta.url));

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The goals per form factor; a score below its goal is marked with a "!".
const GOALS = {
  mobile: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 },
  desktop: { performance: 0, accessibility: 100, 'best-practices': 100, seo: 95 },
};

const rows = [];
for (const path of paths) {
  for (const formFactor of ['mobile', 'desktop']) {
    const url = new URL(path, base).href;
    const name = `${path === '/' ? 'home' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${formFactor}`;
    const report = `${out}${name}.json`;
    process.stderr.write(`lighthouse ${formFactor} ${url}\n`);
    execFileSync(lighthouse, [
      url, '--quiet', '--output=json', `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ], { stdio: ['ignore', 'ignore', 'inherit'] });
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    // What kept a category from 100: the failing audits' ids, for whoever improves it.
    const failing = CATEGORIES.flatMap((c) => (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 0.9)
      .map((ref) => `${c}:${ref.id}`));
    rows.push({ path, formFactor, scores, failing });
  }
}

const cell = (text, width) => String(text).padEnd(width);
console.log(`\nLighthouse ${JSON.parse(readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))).version} on ${base}`);
console.log(['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO'].map((h, i) => cell(h, i < 2 ? 12 : 15)).join(''));
for (const { path, formFactor, scores } of rows) {
  const marks = CATEGORIES.map((c) => `${scores[c]}${scores[c] < GOALS[formFactor][c] ? ' !' : ''}`);
  console.log([cell(path, 12), cell(formFactor, 12), ...marks.map((m) => cell(m, 15))].join(''));
}
console.log('goals: performance >= 95 (mobile), accessibility 100, best practices 100, SEO >= 95; ! marks a score below its goal');
for (const { path, formFactor, failing } of rows) {
  if (failing.length) console.log(`${path} ${formFactor}: below 0.9: ${failing.join(', ')}`);
}
console.log(`reports: ${out}`);
