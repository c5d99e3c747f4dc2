// The SPA's /api passes answers through as the API sends them: compressed as the browser asks, with the
// API's validators, so a page gets the same bytes and 304s as a client calling the API directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const SPA_URL = process.env.SPA_URL ?? 'http://localhost:5173';

test('the review comes through /api compressed, and revalidates there', async () => {
  for (const coding of ['br', 'gzip']) {
    const answer = await fetch(`${SPA_URL}/api/v1/reviews/2021`, { headers: { 'Accept-Encoding': coding } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-encoding'), coding);
    assert.equal((await answer.json()).year, 2021); // fetch decodes it
    const etag = answer.headers.get('etag');
    assert.match(etag, /^W\/"/, 'a compressed answer has a weak ETag');
    const again = await fetch(`${SPA_URL}/api/v1/reviews/2021`, { headers: { 'Accept-Encoding': coding, 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  }
});

test('a streamed export comes through /api compressed', async () => {
  const answer = await fetch(`${SPA_URL}/api/v1/exports?period=2021&format=csv`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('content-encoding'), 'gzip');
  assert.match(await answer.text(), /^indicator,/);
});
