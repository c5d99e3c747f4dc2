// Runs scripts/demo-year as the README prints it, against the stack scripts/run started (scripts/test
// starts it and runs this right after examples.test.mjs, whose examples leave a 2022 draft and a few
// approved 2022 values: the demo continues from them). The 2022 review must then be published with
// every figure approved, marked as a demo; 2021 must be exactly as it was; a second run must stop cleanly.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const api = process.env.API_URL ?? 'http://localhost:8080';
const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = () => spawnSync('scripts/demo-year', [], { cwd: root, encoding: 'utf8', timeout: 180_000 });
const bytes = async (path) => Buffer.from(await (await fetch(`${api}${path}`)).arrayBuffer());

const first = {};
const earlier = {};
before(async () => {
  for (const path of ['/api/v1/reviews/2021', '/api/v1/reviews/2021/text', '/api/v1/exports?edition=2021-1&format=csv',
    '/api/v1/exports?period=2021&format=csv']) earlier[path] = await bytes(path);
  Object.assign(first, demo());
});

test('scripts/demo-year publishes 2022 and says so', (t) => {
  // What a newcomer sees, in the test's log: one diagnostic a line, without the terminal's bold.
  first.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter(Boolean).forEach((line) => t.diagnostic(line));
  const report = `\n--- output\n${first.stdout}\n--- errors\n${first.stderr}`;
  assert.equal(first.status, 0, report);
  assert.match(first.stdout, /edition 2022-1/, report);
  assert.match(first.stdout, /0 missing/, report);
});

test('GET /api/v1/reviews/2022: the edition, every figure approved with a value, marked as a demo', async () => {
  const response = await fetch(`${api}/api/v1/reviews/2022`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-location'), '/api/v1/reviews/2022/editions/1');
  const review = await response.json();
  assert.equal(review.edition, '2022-1');
  assert.equal(review.state, 'published');
  assert.match(review.subtitle, /2022年.*（演示数据）$/);
  const blocks = review.sections.flatMap((s) => s.blocks);
  assert.ok(blocks.some((b) => b.text.includes('scripts/demo-year 生成')), 'a note says the figures are generated');
  const figures = blocks.flatMap((b) => b.runs.filter((r) => r.type === 'figure'));
  // The 56 figures of the 2021 template, and those the README's example added.
  assert.ok(figures.length >= 56, String(figures.length));
  for (const f of figures) {
    assert.equal(f.status, 'approved', JSON.stringify(f));
    assert.notEqual(f.value, null, JSON.stringify(f));
    assert.notEqual(f.text, '—', JSON.stringify(f));
  }
  for (const f of figures.filter((r) => r.computation === 'sum')) {
    assert.equal(f.reconciliation.matches, true, `the counties add up to the city: ${JSON.stringify(f)}`);
  }
  const editions = await (await fetch(`${api}/api/v1/reviews/2022/editions`)).json();
  assert.deepEqual(editions.map((e) => e.code), ['2022-1']);
  const periods = await (await fetch(`${api}/api/v1/periods`)).json();
  assert.equal(periods.find((p) => p.code === '2022').state, 'closed');
});

test('the 2021 review, its edition and its values are byte for byte as before', async () => {
  for (const [path, was] of Object.entries(earlier)) assert.ok(was.equals(await bytes(path)), path);
});

test('a second run says the year is published and stops, changing nothing', async () => {
  const edition = await bytes('/api/v1/reviews/2022');
  const again = demo();
  assert.equal(again.status, 0, `${again.stdout}\n${again.stderr}`);
  assert.match(again.stdout, /published already \(edition 2022-1\)/);
  assert.ok(edition.equals(await bytes('/api/v1/reviews/2022')));
});
