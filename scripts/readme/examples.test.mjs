// Runs every shell example of README.md that calls curl, exactly as printed and in the README's order,
// in one bash session (as a reader pastes them into one terminal: a later example may use a variable
// or a file of an earlier one), against the stack that `scripts/run` started (scripts/test starts it
// for this). An example passes when none of its commands failed, every HTTP answer it got was below
// 400, and its output has the fields of the JSON the README prints after it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const fences = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1], body: m[2], line: readme.slice(0, m.index).split('\n').length, start: m.index, end: m.index + m[0].length,
}));
// The output an example shows is a json fence right after it, with nothing but a line break between.
const shownAfter = (fence, next) => (next?.lang === 'json' && readme.slice(fence.end, next.start).trim() === ''
  ? next.body : null);
const examples = fences.flatMap((fence, i) => (fence.lang === 'sh' && /\bcurl\b/.test(fence.body)
  ? [{ ...fence, shown: shownAfter(fence, fences[i + 1]) }] : []));
const work = mkdtempSync(join(tmpdir(), 'zongshu-readme-'));
const out = (i, what) => join(work, 'results', `${i}.${what}`);

before(() => {
  mkdirSync(join(work, 'results'));
  // A failing command marks its example (as `set -e` would) without ending the session; each answer's
  // status line and headers land in a file of the example's own. The commands themselves are untouched.
  const session = [
    // As a reader's terminal runs them: no pipefail, so `curl … | head` is no failure when head stops reading.
    'set -E',
    "trap 'failed=1' ERR",
    // Each call is counted, so an example whose own options kept an answer from being recorded fails.
    'curl() { echo >> "$headers.calls"; command curl --dump-header "$headers/$(date +%s%N)" "$@"; }',
    ...examples.map((example, i) => [
      `failed=0; headers=${out(i, 'headers')}; mkdir -p "$headers"`,
      `{\n${example.body}\n} > ${out(i, 'stdout')} 2> ${out(i, 'stderr')}`,
      `echo "$failed" > ${out(i, 'failed')}`,
    ].join('\n')),
  ].join('\n');
  spawnSync('bash', ['-c', session], { cwd: work, encoding: 'utf8', timeout: 300_000 });
});

test('README.md has curl examples, and the stack they call is up', () => {
  assert.ok(examples.length >= 10, `found ${examples.length}`);
  assert.equal(spawnSync('curl', ['-fsS', '-o', '/dev/null', 'http://localhost:8080/q/health/ready']).status, 0);
});

examples.forEach((example, i) => {
  test(`README.md line ${example.line}: ${example.body.split('\n')[0].slice(0, 70)}`, () => {
    const stdout = readFileSync(out(i, 'stdout'), 'utf8');
    const report = `\n--- output\n${stdout}\n--- errors\n${readFileSync(out(i, 'stderr'), 'utf8')}`;
    assert.equal(readFileSync(out(i, 'failed'), 'utf8').trim(), '0', `a command failed${report}`);
    const dumps = existsSync(out(i, 'headers')) ? readdirSync(out(i, 'headers')).sort() : [];
    const calls = existsSync(`${out(i, 'headers')}.calls`) ? readFileSync(`${out(i, 'headers')}.calls`, 'utf8').length : 0;
    assert.equal(dumps.length, calls, `every curl call's answer was recorded${report}`);
    const statuses = dumps.map((f) => readFileSync(join(out(i, 'headers'), f), 'utf8'))
      .flatMap((h) => [...h.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1])));
    assert.ok(statuses.length > 0, `no HTTP answer was recorded${report}`);
    assert.deepEqual(statuses.filter((s) => s >= 400), [], `answers: ${statuses.join(', ')}${report}`);
    if (example.shown) assertSameShape(example.shown, stdout);
  });
});

/** The fields the README shows are in the answer (values such as ids and times differ from run to run). */
function assertSameShape(shown, output) {
  let expected;
  try {
    expected = JSON.parse(shown);
  } catch {
    return; // shortened with "…" outside a string: prose, not a document to compare
  }
  const documents = jsonDocuments(output);
  assert.ok(documents.length > 0, `no JSON in the output:\n${output}`);
  const actual = documents.at(-1);
  const fields = (v) => Object.keys(Array.isArray(v) ? v[0] ?? {} : v ?? {});
  assert.equal(Array.isArray(actual), Array.isArray(expected), `the same kind of document as shown:\n${output}`);
  for (const field of fields(expected)) assert.ok(fields(actual).includes(field), `the answer has ${field}:\n${output}`);
}

/** The JSON objects and arrays in an output, which curl prints one after another with nothing between. */
function jsonDocuments(output) {
  const documents = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) {
      inString = true;
    } else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && depth > 0 && --depth === 0) {
      try { documents.push(JSON.parse(output.slice(start, i + 1))); } catch { /* not JSON: prose in brackets */ }
    }
  }
  return documents;
}
