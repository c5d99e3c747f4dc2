// The bad-input corpus: hundreds of malformed or hostile requests against every write endpoint and the
// parameters of every read, with real Keycloak tokens and forged, expired and misdirected ones. Each must
// get a 4xx problem (application/problem+json) that says what is wrong, never a 5xx, and the database's
// contents must be the same afterwards, row for row.
//
// Needs the backend on PostgreSQL and Keycloak running: API_URL, KEYCLOAK_URL, and PG_URL
// (postgresql://host:port/db; PGUSER and PGPASSWORD from the environment). `scripts/faults/bad-input`
// starts everything and runs it; scripts/test runs it after the end-to-end tests.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { login, loginThrough, token } from '../e2e/lib/tokens.mjs';

const api = process.env.API_URL ?? 'http://localhost:8080';
const keycloak = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const pgUrl = process.env.PG_URL;
const realm = `${keycloak}/realms/zongshu`;

// --- The database, row for row ------------------------------------------------------------------

/** Each table of the public schema: its row count and the md5 of its rows in a fixed order. */
function checksum() {
  const psql = (sql) => execFileSync('psql', ['-XAtq', '-v', 'ON_ERROR_STOP=1', pgUrl, '-c', sql], { encoding: 'utf8' });
  const tables = psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1").trim().split('\n');
  const sql = tables.map((t) => `SELECT '${t}', count(*), coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '-') `
    + `FROM public."${t}" r`).join(' UNION ALL ') + ' ORDER BY 1';
  return Object.fromEntries(psql(sql).trim().split('\n').map((line) => {
    const [table, rows, md5] = line.split('|');
    return [table, `${rows} rows ${md5}`];
  }));
}

// --- Tokens -----------------------------------------------------------------------------------------


const b64 = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
const parts = (jwt) => jwt.split('.');
const claimsOf = (jwt) => JSON.parse(Buffer.from(parts(jwt)[1], 'base64url'));
const headerOf = (jwt) => JSON.parse(Buffer.from(parts(jwt)[0], 'base64url'));

/** Tokens that must all be refused with 401, each named for the report. */
async function badTokens(clerk) {
  const [header, payload, signature] = parts(clerk);
  const claims = claimsOf(clerk);
  const kid = headerOf(clerk).kid;
  const realmKey = (await (await fetch(realm)).json()).public_key;
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sign = (h, c, key) => {
    const input = `${b64(h)}.${b64(c)}`;
    return `${input}.${crypto.sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
  };
  const hmac = (h, c, secret) => {
    const input = `${b64(h)}.${b64(c)}`;
    return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
  };
  // A real token from the realm's one-second client, used once it has expired.
  const expiring = await loginThrough('zongshu-test-expiring', 'clerk-511922');
  const wait = claimsOf(expiring).exp * 1000 - Date.now() + 1500;
  await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0)));
  // A real token of the realm, signed by its key, but for Keycloak's own admin-cli client: not for this API.
  const otherAudience = await token({ grant_type: 'password', client_id: 'admin-cli', username: 'clerk-511922', password: 'zongshu-demo' });
  assert.ok(![claimsOf(otherAudience).aud].flat().includes('zongshu-api'), 'admin-cli tokens are not for zongshu-api');
  const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
  return {
    'missing': null,
    'expired (real, from the realm)': expiring,
    'another audience (real, admin-cli)': otherAudience,
    'signature altered': `${header}.${payload}.${flipped}`,
    'claims altered (org_unit)': `${header}.${b64({ ...claims, org_unit: '511921' })}.${signature}`,
    'claims altered (roles)': `${header}.${b64({ ...claims, realm_access: { roles: ['admin', 'city-reviewer'] } })}.${signature}`,
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    'HS256 keyed with the realm public key': hmac({ alg: 'HS256', typ: 'JWT', kid }, claims, realmKey),
    'signed by another key, same kid': sign({ alg: 'RS256', typ: 'JWT', kid }, claims, privateKey),
    'another issuer': sign({ alg: 'RS256', typ: 'JWT', kid }, { ...claims, iss: 'https://evil.example/realms/zongshu' }, privateKey),
    'not a JWT': 'not-a-jwt',
    'empty bearer': '',
    'two tokens': `${clerk} ${clerk}`,
    'basic auth': { scheme: 'Basic', value: Buffer.from('clerk-511922:zongshu-demo').toString('base64') },
  };
}

// --- Requests ---------------------------------------------------------------------------------------

/**
 * A request written byte for byte on a socket (head only: the declared body is never sent, as a client
 * would wait for 100-continue), read until the server closes the connection.
 */
function sendRaw(head) {
  const { hostname, port } = new URL(api);
  return new Promise((resolve, reject) => {
    const chunks = [];
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.write(`${head}\r\n\r\n`));
    socket.setTimeout(30000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const headLines = text.slice(0, split).split('\r\n');
      const header = (name) => headLines.find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? null;
      const bodyText = split < 0 ? '' : text.slice(split + 4);
      let json = null;
      try { json = JSON.parse(bodyText); } catch { /* reported by the caller */ }
      resolve({ status: Number(text.slice(9, 12)), type: header('content-type') ?? '', authenticate: header('www-authenticate'), json, text: bodyText });
    });
  });
}

/** One request of the corpus. body: object (sent as JSON), string (sent as is) or Buffer. */
async function send({ method = 'GET', path, auth, body, type, ifMatch, headers = {}, raw }) {
  if (raw) return sendRaw(raw);
  const h = { ...headers };
  if (auth && typeof auth === 'object') h.Authorization = `${auth.scheme} ${auth.value}`;
  else if (auth !== undefined && auth !== null) h.Authorization = `Bearer ${auth}`;
  if (ifMatch) h['If-Match'] = ifMatch;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    h['Content-Type'] = type ?? 'application/json';
  } else if (type) {
    h['Content-Type'] = type;
  }
  const response = await fetch(`${api}${path}`, { method, headers: h, body: payload });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported below */ }
  return { status: response.status, type: response.headers.get('content-type') ?? '',
    authenticate: response.headers.get('www-authenticate'), etag: response.headers.get('etag'), json, text };
}

/** What a refusal must look like: the expected status, problem+json, and a problem that names the fault. */
function refusal(name, expected, r, codec) {
  const problems = [];
  if (codec) {
    if (!expected.includes(r.status)) problems.push(`status ${r.status}, expected ${expected.join(' or ')}`);
    if (r.text !== '') problems.push(`a body: ${r.text.slice(0, 100)}`);
    return problems.length ? `${name}: ${problems.join('; ')}` : null;
  }
  if (r.status >= 500) problems.push(`a ${r.status}`);
  if (!expected.includes(r.status)) problems.push(`status ${r.status}, expected ${expected.join(' or ')}`);
  if (!r.type.startsWith('application/problem+json')) problems.push(`content type "${r.type}"`);
  if (!r.json || r.json.status !== r.status || !/^urn:zongshu:problem:/.test(r.json.type ?? '') || !r.json.detail) {
    problems.push(`not a problem: ${r.text.slice(0, 200)}`);
  }
  if (r.status === 400 && !(r.json?.errors?.length > 0 && r.json.errors.every((e) => e.field && e.message))) {
    problems.push(`a 400 that names no field: ${r.text.slice(0, 200)}`);
  }
  if (r.status === 401 && r.authenticate !== 'Bearer') problems.push('a 401 without WWW-Authenticate: Bearer');
  if (r.text.includes('Exception') || r.text.includes('\tat ')) problems.push('a stack trace in the answer');
  return problems.length ? `${name}: ${problems.join('; ')}` : null;
}

// --- The corpus -------------------------------------------------------------------------------------

const CLASSES = 'theory.training_classes'; // count, sum
const SHARE = 'cadre.front_line_promotion_share'; // percent 0-100
const SUBMITTED_KEY = 'faults-setup-511923-2022';

const ctx = {};

before(async () => {
  assert.ok(pgUrl, 'PG_URL (postgresql://host:port/db) is needed for the checksum');
  ctx.clerk = await login('clerk-511922');
  ctx.otherClerk = await login('clerk-511902');
  ctx.reviewer = await login('reviewer');
  ctx.script = await token({ grant_type: 'client_credentials', client_id: 'county-511923', client_secret: 'demo-secret-511923' });
  // Targets the corpus aims at, made once (a second run finds them): 南江县's draft with one value, and
  // 平昌县's submission awaiting review.
  const list = await send({ path: '/api/v1/submissions?orgUnit=511922&period=2022', auth: ctx.clerk });
  // Newest first: the unit's one open submission, when it has one, is on the first page.
  let draft = list.json.items.find((s) => s.state === 'draft' || s.state === 'returned');
  if (!draft) {
    const created = await send({ method: 'POST', path: '/api/v1/submissions', auth: ctx.clerk, body: { orgUnit: '511922', period: '2022' } });
    assert.equal(created.status, 201, created.text);
    draft = created.json;
  }
  let detail = await send({ path: `/api/v1/submissions/${draft.id}`, auth: ctx.clerk });
  if (!detail.json.values.some((v) => v.indicator === CLASSES)) {
    const put = await send({ method: 'PUT', path: `/api/v1/submissions/${draft.id}/values`, auth: ctx.clerk,
      ifMatch: detail.json.etag, body: { dataValues: [{ indicator: CLASSES, value: 5 }] } });
    assert.equal(put.status, 200, put.text);
    detail = await send({ path: `/api/v1/submissions/${draft.id}`, auth: ctx.clerk });
  }
  ctx.draft = detail.json;
  const imported = await send({ method: 'POST', path: '/api/v1/data-value-sets?submit=true', auth: ctx.script,
    headers: { 'Idempotency-Key': SUBMITTED_KEY },
    body: { dataValues: [{ indicator: CLASSES, orgUnit: '511923', period: '2022', value: 8 }] } });
  assert.equal(imported.status, 200, imported.text);
  const id = imported.json.submissions[0].id;
  ctx.submitted = (await send({ path: `/api/v1/submissions/${id}`, auth: ctx.reviewer })).json;
  assert.equal(ctx.submitted.state, 'submitted', 'the setup submission awaits review');
  // The city's 2022 draft (started from 2021 when there is none yet): its saves get bad bodies below.
  let review = await send({ path: '/api/v1/reviews/2022/draft', auth: ctx.reviewer });
  if (review.status === 404) {
    review = await send({ method: 'POST', path: '/api/v1/reviews', auth: ctx.reviewer, body: { year: 2022, from: 2021 } });
    assert.equal(review.status, 201, review.text);
  }
  ctx.reviewDraft = { etag: review.etag, body: review.json };
  ctx.badTokens = await badTokens(ctx.clerk);
});

/** Every case: [name, request, expected statuses]. */
function corpus() {
  const { clerk, otherClerk, reviewer, script, draft, submitted } = ctx;
  const d = draft.id;
  const s = submitted.id;
  const cases = [];
  const add = (name, request, expected) => cases.push([name, request, [expected].flat()]);

  // 1. Every write endpoint, with every bad token: 401 before anything else is looked at.
  const writes = [
    ['POST', '/api/v1/submissions', { orgUnit: '511922', period: '2022' }],
    ['PUT', `/api/v1/submissions/${d}/values`, { dataValues: [{ indicator: CLASSES, value: 6 }] }, draft.etag],
    ['DELETE', `/api/v1/submissions/${d}/values/${CLASSES}`, undefined, draft.etag],
    ['POST', `/api/v1/submissions/${d}/submit`, undefined, draft.etag],
    ['POST', `/api/v1/submissions/${s}/return`, { comment: '请核对' }, submitted.etag],
    ['POST', `/api/v1/submissions/${s}/approve`, {}, submitted.etag],
    ['POST', '/api/v1/data-value-sets', { dataValues: [{ indicator: CLASSES, orgUnit: '511922', period: '2022', value: 6 }] }],
    ['POST', '/api/v1/periods/2022/close'],
    ['POST', '/api/v1/periods/2022/open'],
    ['POST', '/api/v1/reviews/2022/editions'],
    ['POST', '/api/v1/reviews', { year: 2022, from: 2021 }],
    ['PUT', '/api/v1/reviews/2022/draft', { title: '标题', sections: [{ key: 'opening', blocks: [] }] }, '"1"'],
    ['POST', '/api/v1/reviews/2021/corrections', { reason: '更正' }],
  ];
  for (const [method, path, body, ifMatch] of writes) {
    for (const [label, auth] of Object.entries(ctx.badTokens)) {
      add(`${method} ${path}, token ${label}`, { method, path, body, ifMatch, auth }, 401);
    }
  }
  // Reads that need a token refuse bad ones too.
  for (const path of [`/api/v1/submissions/${d}`, '/api/v1/submissions', '/api/v1/audit', '/api/v1/reconciliation?period=2022', '/api/v1/me']) {
    for (const label of ['missing', 'expired (real, from the realm)', 'signature altered', 'alg none', 'another audience (real, admin-cli)']) {
      add(`GET ${path}, token ${label}`, { path, auth: ctx.badTokens[label] }, 401);
    }
  }

  // 2. Real tokens, wrong unit or wrong role: 403.
  add('another unit reads the draft', { path: `/api/v1/submissions/${d}`, auth: otherClerk }, 403);
  add('another unit edits the draft', { method: 'PUT', path: `/api/v1/submissions/${d}/values`, auth: otherClerk, ifMatch: draft.etag,
    body: { dataValues: [{ indicator: CLASSES, value: 6 }] } }, 403);
  add('another unit deletes a value', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/${CLASSES}`, auth: otherClerk, ifMatch: draft.etag }, 403);
  add('another unit submits the draft', { method: 'POST', path: `/api/v1/submissions/${d}/submit`, auth: otherClerk, ifMatch: draft.etag }, 403);
  add('another unit opens a draft for 511922', { method: 'POST', path: '/api/v1/submissions', auth: otherClerk, body: { orgUnit: '511922', period: '2022' } }, 403);
  add('another unit lists 511922', { path: '/api/v1/submissions?orgUnit=511922', auth: otherClerk }, 403);
  add('another unit imports for 511922', { method: 'POST', path: '/api/v1/data-value-sets', auth: otherClerk,
    body: { dataValues: [{ indicator: CLASSES, orgUnit: '511922', period: '2022', value: 6 }] } }, 403);
  add('a script imports for another unit beside its own', { method: 'POST', path: '/api/v1/data-value-sets', auth: script,
    body: { dataValues: [{ indicator: CLASSES, orgUnit: '511923', period: '2022', value: 8 }, { indicator: CLASSES, orgUnit: '511921', period: '2022', value: 1 }] } }, 403);
  add('a clerk approves', { method: 'POST', path: `/api/v1/submissions/${s}/approve`, auth: clerk, ifMatch: submitted.etag, body: {} }, 403);
  add('a clerk returns', { method: 'POST', path: `/api/v1/submissions/${s}/return`, auth: clerk, ifMatch: submitted.etag, body: { comment: 'x' } }, 403);
  add('a clerk closes a period', { method: 'POST', path: '/api/v1/periods/2022/close', auth: clerk }, 403);
  add('a clerk opens a period', { method: 'POST', path: '/api/v1/periods/2021/open', auth: clerk }, 403);
  add('a clerk publishes an edition', { method: 'POST', path: '/api/v1/reviews/2022/editions', auth: clerk }, 403);
  add('a clerk starts a review', { method: 'POST', path: '/api/v1/reviews', auth: clerk, body: { year: 2022 } }, 403);
  add('a clerk saves the draft', { method: 'PUT', path: '/api/v1/reviews/2022/draft', auth: clerk, ifMatch: '"1"',
    body: { title: '标题', sections: [{ key: 'opening', blocks: [] }] } }, 403);
  add('a clerk reads the draft', { path: '/api/v1/reviews/2022/draft', auth: clerk }, 403);
  add('a clerk starts a correction', { method: 'POST', path: '/api/v1/reviews/2021/corrections', auth: clerk,
    body: { reason: '更正' } }, 403);
  add('a clerk reads the history', { path: '/api/v1/audit', auth: clerk }, 403);
  add('a clerk reconciles', { path: '/api/v1/reconciliation?period=2022', auth: clerk }, 403);
  add('a reviewer imports', { method: 'POST', path: '/api/v1/data-value-sets', auth: reviewer,
    body: { dataValues: [{ indicator: CLASSES, orgUnit: '511922', period: '2022', value: 6 }] } }, 403);
  add('a reviewer edits a draft', { method: 'PUT', path: `/api/v1/submissions/${d}/values`, auth: reviewer, ifMatch: draft.etag,
    body: { dataValues: [{ indicator: CLASSES, value: 6 }] } }, 403);

  // 3. Bodies of PUT values, each with the draft's current ETag, so only the body is wrong.
  const put = (name, body, expected = 400, type) =>
    add(`PUT values: ${name}`, { method: 'PUT', path: `/api/v1/submissions/${d}/values`, auth: clerk, ifMatch: draft.etag, body, type }, expected);
  const value = (v, extra = {}) => ({ dataValues: [{ indicator: CLASSES, value: v, ...extra }] });
  const raw = (v) => `{"dataValues":[{"indicator":"${CLASSES}","value":${v}}]}`;
  for (const v of ['"NaN"', '"Infinity"', '"-Infinity"', '"12"', '""', 'true', 'null', '[]', '{}', '[1]', '1e400', '-1e400', '1e-400',
    '-1', '-0.5', '1.5', '0.00001', '99999999999999999999999999', '1' + '0'.repeat(2000), '0x10', '012', '+1', '.5', 'NaN', 'Infinity',
    '-Infinity', 'undefined', "'1'", '1_000']) {
    put(`value ${v.length > 30 ? v.slice(0, 12) + `… (${v.length} chars)` : v}`, raw(v));
  }
  put('percent over 100', { dataValues: [{ indicator: SHARE, value: 100.01 }] });
  put('percent below 0', { dataValues: [{ indicator: SHARE, value: -0.01 }] });
  put('percent with five decimals', { dataValues: [{ indicator: SHARE, value: 50.00001 }] });
  put('more_than on a percent', { dataValues: [{ indicator: SHARE, value: 50, qualifier: 'more_than' }] });
  put('an unknown qualifier', value(5, { qualifier: 'about' }));
  put('a qualifier of the wrong type', value(5, { qualifier: 1 }));
  put('the wrong unit', value(5, { unit: '%' }));
  put('an unknown indicator', { dataValues: [{ indicator: 'theory.no_such_thing', value: 1 }] });
  put('an indicator with SQL in it', { dataValues: [{ indicator: "x'; DROP TABLE data_value; --", value: 1 }] });
  put('an indicator with a NUL', { dataValues: [{ indicator: `${CLASSES}\u0000`, value: 1 }] });
  put('an indicator in full-width letters', { dataValues: [{ indicator: 'ｔｈｅｏｒｙ.training_classes', value: 1 }] });
  put('an indicator with a zero-width space', { dataValues: [{ indicator: `theory.\u200btraining_classes`, value: 1 }] });
  put('an indicator with a right-to-left override', { dataValues: [{ indicator: `\u202e${CLASSES}`, value: 1 }] });
  put('an indicator of 10,000 characters', { dataValues: [{ indicator: 'a'.repeat(10000), value: 1 }] });
  put('an indicator that is a number', { dataValues: [{ indicator: 42, value: 1 }] });
  put('an indicator that is null', { dataValues: [{ indicator: null, value: 1 }] });
  put('no indicator', { dataValues: [{ value: 1 }] });
  put('no value', { dataValues: [{ indicator: CLASSES }] });
  put('the same indicator twice', { dataValues: [{ indicator: CLASSES, value: 6 }, { indicator: CLASSES, value: 7 }] });
  put('a comment of 2,001 characters', value(6, { comment: '评'.repeat(2001) }));
  put('a comment with a NUL', value(6, { comment: 'ok\u0000bad' }));
  put('a comment with a lone surrogate', `{"dataValues":[{"indicator":"${CLASSES}","value":6,"comment":"\\ud800"}]}`);
  put('a comment that is an object', value(6, { comment: { html: '<script>alert(1)</script>' } }));
  put('dataValues is an object', { dataValues: { indicator: CLASSES, value: 6 } });
  put('dataValues is null', { dataValues: null });
  put('dataValues is missing', {});
  put('an entry that is null', { dataValues: [null] });
  put('an entry that is a string', { dataValues: ['theory.training_classes=6'] });
  put('the body is an array', [{ indicator: CLASSES, value: 6 }]);
  put('the body is null', 'null');
  put('the body is a number', '6');
  put('the body is empty', '');
  put('broken JSON: unclosed', '{"dataValues":[{"indicator":"x","value":1}');
  put('broken JSON: trailing comma', `{"dataValues":[{"indicator":"${CLASSES}","value":6,}]}`);
  put('broken JSON: single quotes', `{'dataValues':[{'indicator':'${CLASSES}','value':6}]}`);
  put('broken JSON: comments', `{"dataValues":[/* six */{"indicator":"${CLASSES}","value":6}]}`);
  put('broken JSON: two documents', `${raw(6)}${raw(7)}`);
  put('broken JSON: invalid UTF-8', Buffer.concat([Buffer.from('{"dataValues":[{"indicator":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","value":6}]}')]));
  put('broken JSON: a raw control character in a string', `{"dataValues":[{"indicator":"${CLASSES}","value":6,"comment":"a\u0001b"}]}`);
  put('nesting 100,000 deep', '['.repeat(100000) + ']'.repeat(100000));
  put('a duplicate key with two values', `{"dataValues":[{"indicator":"${CLASSES}","value":6,"value":7}]}`);
  put('an unknown field', value(6, { approved: true }));
  put('text/plain', raw(6), 415, 'text/plain');
  put('application/xml', `<dataValues><indicator>${CLASSES}</indicator><value>6</value></dataValues>`, 415, 'application/xml');
  put('a form', `indicator=${CLASSES}&value=6`, 415, 'application/x-www-form-urlencoded');
  put('multipart', `--x\r\nContent-Disposition: form-data; name="f"\r\n\r\n${raw(6)}\r\n--x--\r\n`, 415, 'multipart/form-data; boundary=x');
  put('a made-up JSON type', raw(6), 415, 'application/vnd.evil+json');
  // If-Match: missing, stale, malformed; the body is good, so a wrong acceptance would show in the checksum.
  const good = value(6);
  add('PUT values without If-Match', { method: 'PUT', path: `/api/v1/submissions/${d}/values`, auth: clerk, body: good }, 428);
  for (const tag of ['"0"', '"999999"', 'W/"1"', 'garbage', '"0", "999"', `${draft.etag}x`, '""']) {
    add(`PUT values with If-Match ${tag}`, { method: 'PUT', path: `/api/v1/submissions/${d}/values`, auth: clerk, ifMatch: tag, body: good }, [412, 400]);
  }

  // 3b. Bodies of the draft's save, each with the draft's current ETag, so only the body is wrong: a
  // malformed draft is a 400, bad figure markup a 422; neither is a version.
  const draftContent = {
    title: ctx.reviewDraft.body.title, subtitle: ctx.reviewDraft.body.subtitle,
    sections: ctx.reviewDraft.body.sections.map((x) => ({ key: x.key, heading: x.heading, theme: x.theme,
      blocks: x.blocks.map((b) => ({ kind: b.kind, source: b.source })) })),
  };
  const withSource = (source) => ({ ...draftContent, sections: [{ key: 'opening', blocks: [{ kind: 'lead', source }] }] });
  const saveDraft = (name, body, expected) => add(`PUT draft: ${name}`, { method: 'PUT', path: '/api/v1/reviews/2022/draft',
    auth: reviewer, ifMatch: ctx.reviewDraft.etag, body }, expected);
  for (const [name, body] of [['not JSON', '{"title": '], ['an array', '[]'], ['a string', '"综述"'], ['empty', '{}'],
    ['a duplicate field', '{"title":"a","title":"b","sections":[]}'], ['a number title', { ...draftContent, title: 2022 }],
    ['no sections', { ...draftContent, sections: [] }], ['sections not a list', { ...draftContent, sections: 'opening' }],
    ['an unknown field', { ...draftContent, tilte: 'x' }], ['a bad section key', { ...draftContent, sections: [{ key: '../x', blocks: [] }] }],
    ['a block kind that is none', { ...draftContent, sections: [{ key: 'opening', blocks: [{ kind: 'poem', source: 'x' }] }] }],
    ['an empty source', withSource('')], ['a source of 5,000 characters', withSource('字'.repeat(5000))],
    ['a title of 300 characters', { ...draftContent, title: '标'.repeat(300) }], ['a two-line title', { ...draftContent, title: 'a\nb' }]]) {
    saveDraft(name, body, 400);
  }
  for (const source of ['{{', '}}', '{{}}', '{{theory.no_such}}', '{{theory.training_classes|万}}', '{{<script>alert(1)</script>}}',
    '{{growth(theory.training_classes)}}', '{{sum(theory.training_classes@511921)}}', '{{theory.training_classes@999999}}',
    "{{theory.training_classes'; DROP TABLE review_version;--}}"]) {
    saveDraft(`markup ${source.slice(0, 40)}`, withSource(source), 422);
  }

  // 4. The other submission writes.
  for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', '%00', "1%27%20OR%201=1", '1e3', '%E2%80%AE1']) {
    add(`PUT values on submission ${id}`, { method: 'PUT', path: `/api/v1/submissions/${id}/values`, auth: clerk, ifMatch: '"1"', body: good }, 400);
    add(`submit submission ${id}`, { method: 'POST', path: `/api/v1/submissions/${id}/submit`, auth: clerk, ifMatch: '"1"' }, 400);
    add(`approve submission ${id}`, { method: 'POST', path: `/api/v1/submissions/${id}/approve`, auth: reviewer, ifMatch: '"1"', body: {} }, 400);
  }
  add('PUT values on a submission that does not exist', { method: 'PUT', path: '/api/v1/submissions/987654321/values', auth: clerk, ifMatch: '"1"', body: good }, 404);
  add('DELETE a value, no If-Match', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/${CLASSES}`, auth: clerk }, 428);
  add('DELETE a value, stale If-Match', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/${CLASSES}`, auth: clerk, ifMatch: '"0"' }, 412);
  add('DELETE an unknown indicator', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/theory.none`, auth: clerk, ifMatch: draft.etag }, [400, 404]);
  add('DELETE an indicator with SQL in it', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/${encodeURIComponent("x' OR '1'='1")}`, auth: clerk, ifMatch: draft.etag }, 400);
  add('DELETE an indicator with a NUL', { method: 'DELETE', path: `/api/v1/submissions/${d}/values/a%00b`, auth: clerk, ifMatch: draft.etag }, 400);
  add('submit, no If-Match', { method: 'POST', path: `/api/v1/submissions/${d}/submit`, auth: clerk }, 428);
  add('submit, stale If-Match', { method: 'POST', path: `/api/v1/submissions/${d}/submit`, auth: clerk, ifMatch: '"0"' }, 412);
  add('submit what awaits review already', { method: 'POST', path: `/api/v1/submissions/${s}/submit`, auth: script, ifMatch: submitted.etag }, 409);
  add('approve a draft', { method: 'POST', path: `/api/v1/submissions/${d}/approve`, auth: reviewer, ifMatch: draft.etag, body: {} }, 409);
  add('return a draft', { method: 'POST', path: `/api/v1/submissions/${d}/return`, auth: reviewer, ifMatch: draft.etag, body: { comment: 'x' } }, 409);
  const ret = (name, body, expected = 400, type) =>
    add(`return: ${name}`, { method: 'POST', path: `/api/v1/submissions/${s}/return`, auth: reviewer, ifMatch: submitted.etag, body, type }, expected);
  ret('no comment', {});
  ret('an empty comment', { comment: '' });
  ret('a blank comment', { comment: ' \t\n ' });
  ret('a comment that is a number', { comment: 5 });
  ret('a comment that is an array', { comment: ['a'] });
  ret('a comment of 100,000 characters', { comment: 'x'.repeat(100000) });
  ret('a comment with a NUL', { comment: 'a\u0000b' });
  ret('a value comment on an unknown indicator', { comment: 'x', valueComments: [{ indicator: 'theory.none', comment: 'y' }] });
  ret('a value comment on an indicator not in it', { comment: 'x', valueComments: [{ indicator: SHARE, comment: 'y' }] });
  ret('a value comment without text', { comment: 'x', valueComments: [{ indicator: CLASSES }] });
  ret('valueComments is a string', { comment: 'x', valueComments: 'y' });
  ret('broken JSON', '{"comment": "x"');
  ret('text/plain', 'x', 415, 'text/plain');
  add('return, no If-Match', { method: 'POST', path: `/api/v1/submissions/${s}/return`, auth: reviewer, body: { comment: 'x' } }, 428);
  add('return, stale If-Match', { method: 'POST', path: `/api/v1/submissions/${s}/return`, auth: reviewer, ifMatch: '"0"', body: { comment: 'x' } }, 412);
  add('approve, no If-Match', { method: 'POST', path: `/api/v1/submissions/${s}/approve`, auth: reviewer, body: {} }, 428);
  add('approve, stale If-Match', { method: 'POST', path: `/api/v1/submissions/${s}/approve`, auth: reviewer, ifMatch: '"0"', body: {} }, 412);
  const approve = (name, body, expected = 400, type) =>
    add(`approve: ${name}`, { method: 'POST', path: `/api/v1/submissions/${s}/approve`, auth: reviewer, ifMatch: submitted.etag, body, type }, expected);
  approve('a comment of 100,000 characters', { comment: 'x'.repeat(100000) });
  approve('a comment that is an object', { comment: { a: 1 } });
  approve('broken JSON', '{"comment":');
  approve('a comment with a NUL', { comment: 'a\u0000b' });
  const open = (name, body, expected = 400) =>
    add(`open a submission: ${name}`, { method: 'POST', path: '/api/v1/submissions', auth: clerk, body }, expected);
  open('no orgUnit', { period: '2022' });
  open('no period', { orgUnit: '511922' });
  open('an unknown period', { orgUnit: '511922', period: '1999' }, [400, 404]);
  open('a period that is a number', { orgUnit: '511922', period: 2022 });
  open('a period with SQL', { orgUnit: '511922', period: "2022' OR '1'='1" });
  open('an orgUnit with a NUL', { orgUnit: '511922\u0000', period: '2022' });
  open('an orgUnit of 10,000 characters', { orgUnit: '5'.repeat(10000), period: '2022' });
  open('a closed period', { orgUnit: '511922', period: '2021' }, 409);
  open('one already open', { orgUnit: '511922', period: '2022' }, 409);
  open('the body is an array', [{ orgUnit: '511922', period: '2022' }]);
  open('broken JSON', '{"orgUnit":"511922",');
  add('open a submission: text/plain', { method: 'POST', path: '/api/v1/submissions', auth: clerk, body: 'orgUnit=511922', type: 'text/plain' }, 415);

  // 5. Bulk imports.
  const imp = (name, body, { query = '', expected = 400, type, key } = {}) =>
    add(`import: ${name}`, { method: 'POST', path: `/api/v1/data-value-sets${query}`, auth: clerk, body, type,
      headers: key === undefined ? {} : { 'Idempotency-Key': key } }, expected);
  const entry = (v, extra = {}) => ({ indicator: CLASSES, orgUnit: '511922', period: '2022', value: v, ...extra });
  const set = (...entries) => ({ dataValues: entries });
  for (const v of ['"NaN"', '"Infinity"', '"-Infinity"', '"1e3"', '1e400', '1e-400', '-1', '2.5', 'null', 'false', '{"$gt":0}']) {
    imp(`value ${v}`, `{"dataValues":[{"indicator":"${CLASSES}","orgUnit":"511922","period":"2022","value":${v}}]}`);
  }
  imp('a good value beside a bad one', set(entry(6), entry(-1, { indicator: 'theory.branch_life_meetings' })));
  imp('the same value twice', set(entry(6), entry(7)));
  imp('an unknown org unit', set(entry(6, { orgUnit: '999999' })), { expected: [400, 403] });
  imp('an org unit with SQL', set(entry(6, { orgUnit: "511922' --" })), { expected: [400, 403] });
  imp('an unknown period', set(entry(6, { period: '2099' })));
  imp('a closed period', set(entry(6, { period: '2021' })), { expected: 409 });
  imp('a period with a NUL', set(entry(6, { period: '2022\u0000' })));
  imp('an empty indicator', set(entry(6, { indicator: '' })));
  imp('dataValues is a string', { dataValues: 'all' });
  imp('dataValues is missing', {});
  imp('the body is null', 'null');
  imp('broken JSON', '{"dataValues":[');
  imp('dryRun=yes', set(entry(6)), { query: '?dryRun=yes' });
  imp('dryRun=1', set(entry(6)), { query: '?dryRun=1' });
  imp('submit=maybe', set(entry(6)), { query: '?submit=maybe' });
  imp('submit twice with two values', set(entry(6)), { query: '?submit=true&submit=false' });
  imp('an Idempotency-Key with a space', set(entry(6)), { key: 'a b' });
  imp('an Idempotency-Key of 101 characters', set(entry(6)), { key: 'k'.repeat(101) });
  imp('an Idempotency-Key with a tab', set(entry(6)), { key: 'a\tb' });
  imp('an Idempotency-Key with a Latin-1 letter', set(entry(6)), { key: 'cl\u00e9' });
  add('import: the setup key again with another body', { method: 'POST', path: '/api/v1/data-value-sets?submit=true', auth: script,
    headers: { 'Idempotency-Key': SUBMITTED_KEY }, body: { dataValues: [{ indicator: CLASSES, orgUnit: '511923', period: '2022', value: 9 }] } }, 422);
  imp('text/csv', 'indicator,orgUnit,period,value\ntheory.training_classes,511922,2022,6', { type: 'text/csv', expected: 415 });
  imp('no content type', JSON.stringify(set(entry(6))), { type: '', expected: 415 });
  imp('application/json with a foreign charset', JSON.stringify(set(entry(6, { comment: '评' }))), { type: 'application/json; charset=latin1', expected: [400, 415] });
  // 200,001 values: one more than a set may hold (about 15 MB, under the body limit).
  const many = { dataValues: Array.from({ length: 200001 }, (_, i) => ({ indicator: CLASSES, orgUnit: '511922', period: '2022', value: i })) };
  imp('200,001 values', many);
  for (const auth of [clerk, null]) {
    add(`import: a body of 21 MB declared, ${auth ? 'with' : 'without'} a token`, { raw: ['POST /api/v1/data-value-sets HTTP/1.1',
      'Host: localhost', 'Content-Type: application/json', `Content-Length: ${21 * 1024 * 1024}`, ...(auth ? [`Authorization: Bearer ${auth}`] : [])].join('\r\n') }, 413);
  }

  // 6. Periods and editions.
  for (const code of ['abc', '2021; DROP TABLE period', '%00', 'x'.repeat(200), '１２３４']) {
    add(`close period ${code.slice(0, 20)}`, { method: 'POST', path: `/api/v1/periods/${encodeURIComponent(code)}/close`, auth: reviewer }, [400, 404]);
  }
  add('open the published 2021', { method: 'POST', path: '/api/v1/periods/2021/open', auth: reviewer }, 409);
  add('close an unknown period', { method: 'POST', path: '/api/v1/periods/1999/close', auth: reviewer }, 404);
  for (const year of ['abc', '20221', '1999', '-2021', '2021.0']) {
    add(`publish an edition of ${year}`, { method: 'POST', path: `/api/v1/reviews/${year}/editions`, auth: reviewer }, [400, 404]);
  }

  // 7. Query and path parameters of the reads (public and signed-in).
  const get = (path, expected = 400, auth) => add(`GET ${path.length > 90 ? path.slice(0, 90) + '…' : path}`, { path, auth }, expected);
  const hostile = ['x', '999999', "' OR 1=1 --", '<script>alert(1)</script>', '\u0000', '\r\nSet-Cookie: a=b', '../../etc/passwd',
    '\u202e', 'a'.repeat(3000), '${jndi:ldap://x/a}', '%C0%AF', '１２３'].map(encodeURIComponent);
  for (const v of hostile) {
    get(`/api/v1/metrics?period=${v}`);
    get(`/api/v1/metrics?orgUnit=${v}`);
    get(`/api/v1/metrics?category=${v}`);
    get(`/api/v1/metrics?indicator=${v}`);
    get(`/api/v1/exports?period=${v}`);
    get(`/api/v1/exports?indicator=${v}`);
  }
  for (const q of ['format=xml', 'format=JSON-STAT%00', 'lang=fr', 'bom=yes', 'descendants=maybe', 'from=abc', 'from=2022&to=2021',
    'from=3000', 'edition=bogus', 'edition=2021-999', 'orgUnit=999999&descendants=true', 'category=theory&category=bogus',
    'format=csv&format=json', 'lang=zh&lang=en']) {
    get(`/api/v1/exports?${q}`, [400, 404]);
  }
  get('/api/v1/indicators?category=bogus');
  get('/api/v1/indicators?category=theory&category=%00');
  get(`/api/v1/indicators/${encodeURIComponent("x' OR '1'='1")}`);
  get('/api/v1/indicators/theory.none', 404);
  get('/api/v1/org-units/%3Cscript%3E');
  get('/api/v1/org-units/999999', 404);
  for (const year of ['abc', '20211', '-1', '0x7E5', '2021%00']) {
    get(`/api/v1/reviews/${year}`, [400, 404]);
    get(`/api/v1/reviews/${year}/text`, [400, 404]);
    get(`/api/v1/cadre-statistics/${year}`, [400, 404]);
    get(`/api/v1/talent-recruitment/${year}`, [400, 404]);
    get(`/api/v1/reviews/${year}/editions`, [400, 404]);
  }
  for (const q of ['state=bogus', 'period=abc', 'orgUnit=%00', 'state=draft%27--']) {
    get(`/api/v1/submissions?${q}`, 400, clerk);
  }
  get('/api/v1/submissions/abc', 400, clerk);
  get('/api/v1/submissions/-5', 400, clerk);
  get('/api/v1/submissions/987654321', 404, clerk);
  for (const q of ['limit=-1', 'limit=0', 'limit=abc', 'limit=100000000', 'limit=1e3', 'after=garbage', 'after=-1', 'submission=abc',
    'action=bogus', 'period=20%2021', 'orgUnit=%27', 'limit=5&limit=6', 'indicator=%00', 'actor=' + 'a'.repeat(3000)]) {
    get(`/api/v1/audit?${q}`, 400, reviewer);
  }
  for (const q of ['period=abc', 'period=', 'period=1999', 'period=2022%27']) {
    get(`/api/v1/reconciliation?${q}`, [400, 404], reviewer);
  }
  get('/api/v1/reconciliation', 400, reviewer);

  // 8. Requests the HTTP layer refuses before any route runs (a malformed request line or target, a URL
  // over 4 KB, headers over 20 KB): a bare 4xx without a body, since no problem writer runs either.
  add('raw braces in the query', { raw: 'GET /api/v1/metrics?period=${jndi:ldap://x/a} HTTP/1.1\r\nHost: localhost\r\nConnection: close', codec: true }, 400);
  add('a header of 30 KB', { raw: `GET /api/v1/metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Pad: ${'a'.repeat(30000)}`, codec: true }, 431);
  const line = (l) => ({ raw: `${l}\r\nHost: localhost\r\nConnection: close`, codec: true });
  add('a space in the request target', line('GET /api/v1/met rics HTTP/1.1'), 400);
  add('a malformed percent escape', line('GET /api/v1/metrics?period=%zz HTTP/1.1'), 400);
  add('a target without a leading slash', line('GET api/v1/metrics HTTP/1.1'), 404);
  add('a control character in the method', line('G\u0001T /api/v1/metrics HTTP/1.1'), 400);
  add('a URL of 5,000 characters', { path: `/api/v1/metrics?period=${'a'.repeat(5000)}`, codec: true }, 414);
  return cases;
}

test('every malformed or hostile request gets a 4xx problem, and the database is unchanged', async () => {
  const cases = corpus();
  assert.ok(cases.length >= 200, `the corpus has ${cases.length} requests`);
  const before = checksum();
  const faults = [];
  const byStatus = {};
  const started = Date.now();
  for (const [name, request, expected] of cases) {
    let r;
    try {
      r = await send(request);
    } catch (e) {
      faults.push(`${name}: no answer (${e.cause?.code ?? e.message})`);
      continue;
    }
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const fault = refusal(name, expected, r, request.codec);
    if (fault) faults.push(fault);
  }
  const after = checksum();
  console.log(`bad-input corpus: ${cases.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; answers by status:`,
    Object.entries(byStatus).map(([k, v]) => `${k}×${v}`).join(' '));
  console.log(`database: ${Object.keys(before).length} tables, checksum ${crypto.createHash('md5').update(JSON.stringify(before)).digest('hex')} before, `
    + `${crypto.createHash('md5').update(JSON.stringify(after)).digest('hex')} after`);
  assert.deepEqual(faults, [], `${faults.length} requests were not refused as they should be`);
  assert.deepEqual(after, before, 'the database changed');
});

// The corpus sent real and forged tokens, passwords and client secrets: none may reach the log.
test('the backend log holds no token, password or client secret', { skip: !process.env.BACKEND_LOG && 'BACKEND_LOG not set' }, () => {
  const log = readFileSync(process.env.BACKEND_LOG, 'utf8');
  const tokens = [ctx.clerk, ctx.otherClerk, ctx.reviewer, ctx.script, ...Object.values(ctx.badTokens)]
    .filter((t) => typeof t === 'string' && t.split('.').length === 3);
  assert.ok(log.length > 0, 'the log is not empty');
  const leaks = [
    ...tokens.flatMap((t) => t.split('.').filter((part) => part.length > 20)).filter((part) => log.includes(part)).map((p) => `token part ${p.slice(0, 12)}…`),
    ...['zongshu-demo', 'demo-secret-', 'Bearer '].filter((secret) => log.includes(secret)),
  ];
  console.log(`backend log: ${log.split('\n').length} lines checked against ${tokens.length} tokens and the demo secrets`);
  assert.deepEqual(leaks, []);
});
