// End-to-end: tokens from the real Keycloak (zongshu realm) accepted by the running backend.
// Run by scripts/test with API_URL and KEYCLOAK_URL set; `node --test scripts/e2e/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { login, token, tokenUrl } from './lib/tokens.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';

async function me(accessToken) {
  const response = await fetch(`${api}/api/v1/me`, { headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

test('a county office script gets a token by client credentials and acts for its unit', async () => {
  const t = await token({ grant_type: 'client_credentials', client_id: 'county-511921', client_secret: 'demo-secret-511921' });
  const { status, body } = await me(t);
  assert.equal(status, 200);
  assert.equal(body.orgUnit, '511921');
  assert.deepEqual(body.roles, ['county-clerk']);
});

test('a clerk signs in and carries the unit of the org_unit attribute', async () => {
  const { status, body } = await me(await login('clerk-bz-edz'));
  assert.equal(status, 200);
  assert.equal(body.username, 'clerk-bz-edz');
  assert.equal(body.orgUnit, 'BZ-EDZ');
  assert.deepEqual(body.roles, ['county-clerk']);
});

test('the reviewer signs in as city reviewer', async () => {
  const { status, body } = await me(await login('reviewer'));
  assert.equal(status, 200);
  assert.deepEqual(body.roles, ['city-reviewer']);
});

test('a wrong password gets no token', async () => {
  const response = await fetch(tokenUrl, { method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'zongshu-test', username: 'reviewer', password: 'wrong' }) });
  const body = await response.json();
  assert.equal(response.status, 400); // RFC 6749, 5.2
  assert.equal(body.error, 'invalid_grant');
  assert.equal(body.access_token, undefined);
});

test('no token, or a tampered one, is a 401 problem', async () => {
  const anonymous = await me(null);
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.type, /application\/problem\+json/);
  const t = await login('clerk-511902');
  const [header, payload, signature] = t.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url'));
  claims.org_unit = '511921';
  const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
  assert.equal((await me(tampered)).status, 401);
});
