// End-to-end: every account and every client of keycloak/zongshu-realm.json gets a token from the real
// Keycloak, the token says what the realm file says (roles, org_unit, audience zongshu-api), and the
// backend's GET /api/v1/me answers as that identity. The cases are read from the realm file itself, so
// an account or client added to it is tested without anyone writing a test; one that no case can reach
// (a way of issuing tokens this file does not know, an account no client signs in) fails the first test.
// Run by scripts/test with API_URL and KEYCLOAK_URL set; `node --test --test-concurrency=1 scripts/e2e/`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const api = process.env.API_URL ?? 'http://localhost:8080';
const keycloak = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const realm = JSON.parse(readFileSync(new URL('../../keycloak/zongshu-realm.json', import.meta.url), 'utf8'));
const issuer = `${keycloak}/realms/${realm.realm}`;
const AUDIENCE = 'zongshu-api';
const APP_ROLES = new Set(realm.roles.realm.map((r) => r.name));
// A missing flag means Keycloak's default, which this test would have to guess: the file must state each one.
const FLAGS = ['publicClient', 'standardFlowEnabled', 'implicitFlowEnabled', 'directAccessGrantsEnabled', 'serviceAccountsEnabled'];
// Below this many seconds a token expires before it can be used reliably: it is checked by being refused.
const SHORT_LIVED = 10;
// Keycloak 26's person-name-prohibited-characters validator, in JavaScript.
const PERSON_NAME = /^[^<>&"\v$%!#?§;*~/\\|^=[\]{}()\p{Cc}]+$/u;

const clients = realm.clients;
const people = realm.users.filter((u) => !u.serviceAccountClientId);
const serviceAccounts = realm.users.filter((u) => u.serviceAccountClientId);

/** The ways a client issues tokens: the three tested here, and any other, which fails the coverage test. */
function grants(client) {
  const kinds = [];
  if (client.standardFlowEnabled) kinds.push('authorization_code');
  if (client.directAccessGrantsEnabled) kinds.push('password');
  if (client.serviceAccountsEnabled) kinds.push('client_credentials');
  if (client.implicitFlowEnabled) kinds.push('implicit');
  for (const [key, value] of Object.entries(client.attributes ?? {})) {
    // Device authorization, CIBA, token exchange: off unless a test is written for them.
    if (/(grant|token\.exchange)\.enabled$/.test(key) && String(value) === 'true') kinds.push(key);
  }
  return kinds;
}
const TESTED = new Set(['authorization_code', 'password', 'client_credentials']);

const hardcodedOrgUnit = (client) => client.protocolMappers
  ?.find((m) => m.protocolMapper === 'oidc-hardcoded-claim-mapper' && m.config['claim.name'] === 'org_unit')
  ?.config['claim.value'] ?? null;
const passwordOf = (user) => user.credentials?.find((c) => c.type === 'password' && !c.temporary)?.value;

/**
 * Who a token should describe, from the realm file: a person's own attributes (so a sign-in client that
 * lost its org_unit mapper fails), a service client's hard-coded org_unit (its name must agree, below).
 */
function expected(client, user) {
  return {
    username: user.username,
    roles: [...(user.realmRoles ?? [])].sort(),
    orgUnit: user.serviceAccountClientId ? hardcodedOrgUnit(client) : user.attributes?.org_unit?.[0] ?? null,
  };
}

// Every (client, account) pair that can get a token: each person through each sign-in client, each
// confidential service client as its own service account.
const cases = [];
for (const client of clients) {
  const kinds = grants(client);
  for (const grant of ['password', 'authorization_code']) {
    if (kinds.includes(grant)) for (const user of people) cases.push({ client, user, grant });
  }
  if (kinds.includes('client_credentials')) {
    const user = serviceAccounts.find((u) => u.serviceAccountClientId === client.clientId);
    if (user) cases.push({ client, user, grant: 'client_credentials' });
  }
}

test('every account and every client of the realm file is reached by a case below', () => {
  const problems = [];
  for (const client of clients) {
    const missing = FLAGS.filter((flag) => typeof client[flag] !== 'boolean');
    if (missing.length) problems.push(`${client.clientId}: state ${missing.join(', ')} explicitly`);
    const kinds = grants(client);
    if (!kinds.length) problems.push(`${client.clientId}: issues no tokens; remove it or give it a flow and a test`);
    for (const kind of kinds.filter((k) => !TESTED.has(k))) problems.push(`${client.clientId}: no test here covers ${kind}`);
    if (client.serviceAccountsEnabled && client.publicClient) problems.push(`${client.clientId}: a public client has no service account`);
    if (!client.publicClient && !client.secret) problems.push(`${client.clientId}: confidential without a (demo) secret`);
    if (kinds.includes('client_credentials') && !serviceAccounts.some((u) => u.serviceAccountClientId === client.clientId)) {
      problems.push(`${client.clientId}: its service account is not in the file, so it would get no roles`);
    }
    if (kinds.includes('authorization_code') && !client.redirectUris?.length) problems.push(`${client.clientId}: no redirect URI`);
  }
  // What the realm's user profile requires of a person, checked here for a clear message; Keycloak
  // itself answers only "Account is not fully set up" (a last name with parentheses did that).
  const profile = JSON.parse(realm.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0]);
  const field = (user, name) => (name in user ? user[name] : user.attributes?.[name]?.[0]);
  for (const user of people) {
    for (const attribute of profile.attributes) {
      const value = field(user, attribute.name);
      if (attribute.required?.roles?.includes('user') && !value) problems.push(`${user.username}: ${attribute.name} is required`);
      if (value && attribute.validations?.['person-name-prohibited-characters'] && !PERSON_NAME.test(value)) {
        problems.push(`${user.username}: ${attribute.name} "${value}" has characters Keycloak refuses in a name`);
      }
    }
  }
  for (const user of realm.users) {
    const unknown = (user.realmRoles ?? []).filter((r) => !APP_ROLES.has(r));
    if (unknown.length) problems.push(`${user.username}: roles ${unknown} are not realm roles of the file`);
    if (user.serviceAccountClientId) {
      const client = clients.find((c) => c.clientId === user.serviceAccountClientId);
      if (!client?.serviceAccountsEnabled) problems.push(`${user.username}: no client ${user.serviceAccountClientId} with a service account`);
    } else if (!passwordOf(user)) {
      problems.push(`${user.username}: no password, so nobody can sign in as them`);
    }
  }
  const reachedUsers = new Set(cases.map((c) => c.user.username));
  const reachedClients = new Set(cases.map((c) => c.client.clientId));
  for (const user of realm.users) if (!reachedUsers.has(user.username)) problems.push(`${user.username}: no case gets a token for them`);
  for (const client of clients) if (!reachedClients.has(client.clientId)) problems.push(`${client.clientId}: no case gets a token from it`);
  assert.deepEqual(problems, []);
  // The accounts and clients this project depends on, so that an emptied realm file cannot pass.
  for (const name of ['reviewer', 'admin', 'clerk-511900', 'clerk-511921', 'service-account-city-511900']) assert.ok(reachedUsers.has(name), name);
  for (const id of ['zongshu-spa', 'zongshu-test', 'city-511900', 'county-511921']) assert.ok(reachedClients.has(id), id);
});

// --- getting tokens ----------------------------------------------------------------------------------

async function tokenResponse(client, form) {
  const body = new URLSearchParams({ client_id: client.clientId, ...form });
  if (!client.publicClient) body.set('client_secret', client.secret);
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, { method: 'POST', body });
  const json = await response.json();
  assert.equal(response.status, 200, `${client.clientId}: ${JSON.stringify(json)}`);
  return json;
}

/** A tiny cookie jar: Keycloak's login form needs the cookies of the page that showed it. */
function cookieJar() {
  const jar = new Map();
  return {
    keep(response) {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
  };
}

/** What the SPA does: authorization code with PKCE through Keycloak's own login page (without a browser). */
async function signInWithCode(client, user) {
  const redirectUri = client.redirectUris[0].replace(/\*$/, 'auth/callback');
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('hex');
  const jar = cookieJar();
  const authorize = new URL(`${issuer}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: client.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'openid', state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
  });
  const page = await fetch(authorize, { redirect: 'manual' });
  jar.keep(page);
  const html = await page.text();
  assert.equal(page.status, 200, `${client.clientId}: the login page (${html.slice(0, 200)})`);
  const form = html.match(/<form\b[^>]*\bid="kc-form-login"[^>]*>/)?.[0];
  const action = form?.match(/\baction="([^"]+)"/)?.[1].replaceAll('&amp;', '&');
  assert.ok(action, `${client.clientId}: the login page has its form`);
  const login = await fetch(action, {
    method: 'POST', redirect: 'manual', headers: { Cookie: jar.header() },
    body: new URLSearchParams({ username: user.username, password: passwordOf(user), credentialId: '' }),
  });
  const location = login.headers.get('location') ?? '';
  if (login.status !== 302 || !location.startsWith(`${redirectUri}?`)) {
    // Keycloak kept the user: a wrong password (a page), or a required action such as "update your profile".
    const text = await login.text();
    const shown = (pattern) => text.match(pattern)?.[1].replace(/<!--[\s\S]*?-->|<[^>]+>/g, '').replace(/\s+/g, ' ').trim() ?? '';
    const said = `${shown(/id="kc-page-title"[^>]*>([\s\S]*?)<\/h1>/)} ${shown(/pf-m-error"[^>]*>([\s\S]*?)<\/div>/)}`;
    assert.fail(`${user.username} was not sent back to ${client.clientId}: ${login.status} ${location} ${said}`);
  }
  const back = new URL(location);
  assert.equal(back.searchParams.get('state'), state);
  assert.ok(back.searchParams.get('code'), `a code, not ${back.search}`);
  return tokenResponse(client, { grant_type: 'authorization_code', code: back.searchParams.get('code'),
    redirect_uri: redirectUri, code_verifier: verifier });
}

function getToken({ client, user, grant }) {
  switch (grant) {
    case 'password':
      return tokenResponse(client, { grant_type: 'password', username: user.username, password: passwordOf(user), scope: 'openid' });
    case 'authorization_code':
      return signInWithCode(client, user);
    case 'client_credentials':
      return tokenResponse(client, { grant_type: 'client_credentials' });
    default:
      throw new Error(`no way to get a ${grant} token`);
  }
}

const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url'));

async function me(accessToken) {
  const response = await fetch(`${api}/api/v1/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return { status: response.status, body: await response.json() };
}

// --- the cases ---------------------------------------------------------------------------------------

for (const client of clients) {
  const own = cases.filter((c) => c.client === client);
  if (!own.length) continue;
  const lifespan = Number(client.attributes?.['access.token.lifespan'] ?? realm.accessTokenLifespan);
  // Each identity is independent of the others: run them side by side.
  describe(`${client.clientId} (${[...new Set(own.map((c) => c.grant))].join(', ')})`, { concurrency: true }, () => {
    for (const c of own) {
      const then = lifespan < SHORT_LIVED ? 'refused once it has expired' : 'and /me agrees';
      test(`${c.user.username}: a token that says who they are, ${then}`, async () => {
        const want = expected(client, c.user);
        const answer = await getToken(c);
        const claims = claimsOf(answer.access_token);
        assert.equal(claims.iss, issuer);
        assert.equal(claims.azp, client.clientId);
        assert.equal(claims.typ, 'Bearer');
        assert.ok([claims.aud].flat().includes(AUDIENCE), `audience ${claims.aud}`);
        assert.equal(claims.preferred_username, want.username);
        assert.equal(claims.org_unit ?? null, want.orgUnit);
        assert.deepEqual((claims.realm_access?.roles ?? []).filter((r) => APP_ROLES.has(r)).sort(), want.roles);
        assert.equal(claims.exp - claims.iat, lifespan);
        if (want.orgUnit !== null) {
          const unit = await fetch(`${api}/api/v1/org-units/${encodeURIComponent(want.orgUnit)}`);
          assert.equal(unit.status, 200, `org_unit ${want.orgUnit} is a unit of the API`);
          // A client named for a unit (city-511900, county-BZ-EDZ) acts for that unit, of that level.
          const named = client.clientId.match(/^(city|county)-(.+)$/);
          if (named) assert.deepEqual([named[2], named[1]], [want.orgUnit, (await unit.json()).level], client.clientId);
        }

        if (lifespan < SHORT_LIVED) {
          // Too short to use reliably on a busy machine; what matters is that the API refuses it once expired.
          await new Promise((resolve) => setTimeout(resolve, claims.exp * 1000 - Date.now() + 1500));
          assert.equal((await me(answer.access_token)).status, 401);
          return;
        }
        const seen = await me(answer.access_token);
        assert.equal(seen.status, 200, JSON.stringify(seen.body));
        assert.deepEqual({ ...seen.body, roles: [...seen.body.roles].sort() },
          { subject: claims.sub, username: want.username, roles: want.roles, orgUnit: want.orgUnit });
      });
    }
  });
}
