// Every operation of openapi.yaml answers its errors as the contract says (through Prism's validating
// proxy, see contract/): a parameter it does not take is a 400 naming it, an Accept it cannot serve a
// 406, a missing token a 401 where one is needed. Each answer is application/problem+json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { login } from './lib/tokens.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';
const contract = parse(readFileSync(fileURLToPath(new URL('../../openapi.yaml', import.meta.url)), 'utf8'));
const examples = { year: '2021', id: '1', code: '2021', indicator: 'theory.training_classes' };
const operations = Object.entries(contract.paths).flatMap(([template, item]) =>
  ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => ({
    method: m.toUpperCase(),
    path: template.replace(/\{([^}]+)}/g, (_, name) => examples[name] ?? 'x'),
    secured: (item[m].security ?? contract.security ?? []).length > 0,
    body: Boolean(item[m].requestBody),
  })));

async function send({ method, path, body }, { query = '', bearer, accept } = {}) {
  const response = await fetch(`${api}${path}${query}`, {
    method,
    headers: {
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(accept ? { Accept: accept } : {}),
    },
    body: body ? '{}' : undefined,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : null };
}

test('a parameter an operation does not take is a 400 naming it, and changes nothing', async () => {
  const admin = await login('admin');
  const clerk = await login('clerk-511921');
  for (const op of operations) {
    let answer = await send(op, { query: '?perod=2021', bearer: admin });
    if (answer.status === 403) answer = await send(op, { query: '?perod=2021', bearer: clerk });
    assert.equal(answer.status, 400, `${op.method} ${op.path}`);
    assert.equal(answer.type, 'application/problem+json');
    assert.equal(answer.body.errors[0].field, 'perod', `${op.method} ${op.path}`);
  }
});

test('an Accept header no representation satisfies is a 406 problem', async () => {
  const admin = await login('admin');
  for (const op of operations) {
    const answer = await send(op, { accept: 'application/xml', bearer: admin });
    assert.equal(answer.status, 406, `${op.method} ${op.path}`);
    assert.equal(answer.body.type, 'urn:zongshu:problem:not-acceptable');
  }
});

test('an operation that needs a token answers 401 without one', async () => {
  for (const op of operations.filter((o) => o.secured)) {
    const answer = await send(op);
    assert.equal(answer.status, 401, `${op.method} ${op.path}`);
    assert.equal(answer.body.type, 'urn:zongshu:problem:unauthorized');
  }
});
