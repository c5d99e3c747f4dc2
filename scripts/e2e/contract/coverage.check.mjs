// After the end-to-end tests: every answer they received through Prism's proxy matched openapi.yaml,
// and every operation of openapi.yaml was called, answering at least one success and one error.
// Run by scripts/test as `node --test scripts/e2e/contract/coverage.check.mjs` with CONTRACT_LOG set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const contract = parse(readFileSync(fileURLToPath(new URL('../../../openapi.yaml', import.meta.url)), 'utf8'));
const calls = readFileSync(process.env.CONTRACT_LOG, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

// Literal segments before parameters, so /reviews/{year}/editions is not taken for /reviews/{year}.
const operations = Object.entries(contract.paths).flatMap(([template, item]) =>
  ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => ({
    key: `${m.toUpperCase()} ${template}`,
    method: m.toUpperCase(),
    pattern: new RegExp(`^${template.replace(/\{[^}]+}/g, '[^/]+')}$`),
    literal: template.replace(/\{[^}]+}/g, '').length,
  }))).sort((a, b) => b.literal - a.literal);

function operationOf(call) {
  return operations.find((op) => op.method === call.method && op.pattern.test(call.path))?.key;
}

test('every answer the end-to-end tests received matches openapi.yaml', () => {
  assert.ok(calls.length > 100, `only ${calls.length} calls were recorded`);
  const wrong = calls.filter((c) => c.responseViolations.length > 0)
    .map((c) => `${c.method} ${c.path} → ${c.status}: ${c.responseViolations.map((v) => `${v.location.join('.')}: ${v.message}`).join('; ')}`);
  assert.deepEqual(wrong, []);
});

test('every operation of openapi.yaml was called, with a success and an error among its answers', () => {
  const seen = new Map(operations.map((op) => [op.key, new Set()]));
  for (const call of calls) {
    const key = operationOf(call);
    if (key) seen.get(key).add(call.status < 400 ? 'success' : 'error');
  }
  const missing = [...seen].filter(([, kinds]) => kinds.size < 2)
    .map(([key, kinds]) => `${key}: ${['success', 'error'].filter((k) => !kinds.has(k)).join(' and ')} never seen`);
  assert.deepEqual(missing, []);
});
