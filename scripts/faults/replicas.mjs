// Replicas: caching that cannot go stale. Two backends share one PostgreSQL database; each keeps the
// renderings of the editions it has read, by edition (immutable), and asks the database which edition is
// the latest on every read of /api/v1/reviews/{year}. Both read the 2021 review first (so each keeps
// edition 1), then, REPLICAS_ROUNDS times, a correction of 2021 is started and published through one
// backend (the publisher alternates: A, B, A, …) and read through the other at once:
//   - the other's GET /api/v1/reviews/2021, sent as soon as the publication's 201 arrived, is the new
//     edition (`edition`, Content-Location), byte for byte the new edition's own URL;
//   - while the publication runs, readers hammer /api/v1/reviews/2021 on both backends: no read sent
//     after the 201 arrived gets an older edition, and no reader sees the edition go backwards;
//   - every earlier edition keeps its bytes at its URL (JSON and text, Cache-Control immutable), and the
//     list of editions says which one superseded which, the last with the round's reason.
// While a correction is under way (the period reopened), readers keep the edition before it.
// Prints each round's timings and the racing reads by edition; exit 1 on any broken promise.
//
// Env: API_A, API_B, KEYCLOAK_URL; REPLICAS_ROUNDS (5), REPLICAS_READERS (racing readers per backend, 3).
import { performance } from 'node:perf_hooks';
import { login } from '../e2e/lib/tokens.mjs';

const apis = { A: process.env.API_A, B: process.env.API_B };
const rounds = Number(process.env.REPLICAS_ROUNDS ?? 5);
const readers = Number(process.env.REPLICAS_READERS ?? 3);
const YEAR = '2021';
const REVIEW = `/api/v1/reviews/${YEAR}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); return ok; };
const number = (code) => (code ? Number(code.slice(code.indexOf('-') + 1)) : NaN);

const reviewer = await login('reviewer');

/** A GET through backend `via`: status, headers of note, the bytes, and when it was sent and answered. */
async function get(via, path) {
  const sent = performance.now();
  const response = await fetch(`${apis[via]}${path}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { via, path, status: response.status, sent, answered: performance.now(), bytes,
    location: response.headers.get('content-location'), cacheControl: response.headers.get('cache-control'),
    json: () => JSON.parse(bytes.toString('utf8')) };
}

/** A reviewer's POST through `via`; `then(answered)` is called as soon as the status line is in, before the body. */
async function write(via, path, body, then = () => undefined) {
  const sent = performance.now();
  const response = await fetch(`${apis[via]}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${reviewer}`,
    ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const answered = performance.now(); // the answer has begun: what it acknowledges has committed
  const after = then(answered);
  const text = await response.text();
  return { status: response.status, sent, answered, body: text ? JSON.parse(text) : null, after: await after };
}

/** The latest edition as backend `via` serves it, checked against its own headers. */
async function latest(via) {
  const r = await get(via, REVIEW);
  if (!check(r.status === 200, `${via} ${REVIEW}: ${r.status}`)) return { ...r, edition: null };
  const edition = r.json().edition;
  check(r.location === `${REVIEW}/editions/${number(edition)}`,
    `${via} ${REVIEW}: Content-Location ${r.location} for edition ${edition}`);
  check(r.cacheControl === 'no-cache', `${via} ${REVIEW}: Cache-Control ${r.cacheControl} (must be revalidated)`);
  return { ...r, edition };
}

/** Edition n's JSON and text through `via`: 200, immutable. */
async function edition(via, n) {
  const json = await get(via, `${REVIEW}/editions/${n}`);
  const text = await get(via, `${REVIEW}/editions/${n}/text`);
  for (const r of [json, text]) {
    check(r.status === 200 && r.cacheControl === IMMUTABLE, `${via} ${r.path}: ${r.status}, Cache-Control ${r.cacheControl}`);
  }
  return { json: json.bytes, text: text.bytes };
}

// Both backends read the review and its edition (twice: the second read of an edition is served from memory).
const start = {};
for (const via of ['A', 'B']) {
  start[via] = await latest(via);
  await latest(via);
}
check(start.A.edition && start.A.edition === start.B.edition, `the backends start on different editions: ${start.A.edition}, ${start.B.edition}`);
check(start.A.bytes.equals(start.B.bytes), 'the backends serve different bytes for the same edition');
let current = number(start.A.edition);
const frozen = new Map(); // edition number → its bytes (JSON, text), as first read
for (let n = 1; n <= current; n++) {
  const a = await edition('A', n);
  await edition('A', n);
  const b = await edition('B', n);
  await edition('B', n);
  check(a.json.equals(b.json) && a.text.equals(b.text), `edition ${n}: the backends serve different bytes`);
  frozen.set(n, a);
}
check(frozen.get(current).json.equals(start.A.bytes), `${REVIEW} is not byte for byte edition ${current}`);
console.log(`start: both backends serve ${start.A.edition} (${start.A.bytes.length} bytes); ${rounds} rounds, ${readers} racing readers per backend`);

/** Reads /api/v1/reviews/2021 through `via` back to back until `stop()`; each read's edition number and times. */
function racingReader(via) {
  const reads = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const r = await get(via, REVIEW).catch((e) => ({ status: `no answer (${e.message})`, sent: 0, answered: 0 }));
      reads.push({ via, status: r.status, sent: r.sent, answered: r.answered,
        n: r.status === 200 ? number(r.json().edition) : null });
    }
  })();
  return { reads, stop: async () => { running = false; await done; } };
}

const summary = [];
for (let round = 1; round <= rounds; round++) {
  const [publisher, other] = round % 2 ? ['A', 'B'] : ['B', 'A'];
  const next = current + 1;
  const reason = `Replicas fault test, round ${round}: a correction that changes no value (generated by scripts/faults/replicas)`;

  const corrected = await write(publisher, `${REVIEW}/corrections`, { reason });
  if (!check(corrected.status === 200, `round ${round}: correction through ${publisher}: ${corrected.status} ${JSON.stringify(corrected.body)}`)) break;
  // The period is open again, the review being corrected: readers keep the current edition meanwhile.
  for (const via of [publisher, other]) {
    const r = await latest(via);
    check(number(r.edition) === current, `round ${round}: during the correction ${via} serves ${r.edition}, not ${YEAR}-${current}`);
  }

  const racing = [];
  for (let i = 0; i < readers; i++) racing.push(racingReader(publisher), racingReader(other));
  await new Promise((r) => setTimeout(r, 20)); // the readers are under way before the publication starts
  // At once: the other backend, which kept the previous edition's rendering, must serve the new edition.
  const published = await write(publisher, `${REVIEW}/editions`, null, () => latest(other));
  const seen = published.after;
  if (!check(published.status === 201 && published.body?.code === `${YEAR}-${next}`,
    `round ${round}: publishing through ${publisher}: ${published.status} ${JSON.stringify(published.body)}`)) {
    await Promise.all(racing.map((r) => r.stop()));
    break;
  }
  check(seen.edition === `${YEAR}-${next}`, `round ${round}: ${other} served ${seen.edition} right after ${publisher}'s 201 for ${YEAR}-${next}`);
  await new Promise((r) => setTimeout(r, 150)); // the racing reads go on a while after the 201
  await Promise.all(racing.map((r) => r.stop()));

  // The racing reads: none sent after the 201 arrived is older; no reader sees the edition go backwards.
  const reads = racing.flatMap((r) => r.reads);
  for (const r of reads) {
    check(r.status === 200, `round ${round}: a racing read through ${r.via} got ${r.status}`);
    if (r.n != null) check(r.n === current || r.n === next, `round ${round}: a racing read through ${r.via} got edition ${r.n}`);
    if (r.n != null && r.sent >= published.answered) {
      check(r.n === next, `round ${round}: ${r.via} served ${YEAR}-${r.n} to a read sent ${(r.sent - published.answered).toFixed(1)} ms after the 201 for ${YEAR}-${next}`);
    }
  }
  for (const { reads: own } of racing) {
    let newestAnswered = -Infinity;
    for (const r of own) {
      if (r.n == null) continue;
      check(r.n >= newestAnswered, `round ${round}: a reader through ${r.via} saw ${YEAR}-${r.n} after ${YEAR}-${newestAnswered}`);
      newestAnswered = Math.max(newestAnswered, r.n);
    }
  }

  // The new edition's bytes are the same everywhere and at both URLs; every earlier edition is unchanged.
  const fresh = { [publisher]: await edition(publisher, next), [other]: await edition(other, next) };
  check(fresh.A.json.equals(fresh.B.json) && fresh.A.text.equals(fresh.B.text), `round ${round}: the backends serve different bytes for ${YEAR}-${next}`);
  check(seen.bytes.equals(fresh[other].json), `round ${round}: ${other}'s ${REVIEW} is not byte for byte ${REVIEW}/editions/${next}`);
  check(seen.json().correction?.reason === reason, `round ${round}: ${YEAR}-${next} does not carry the round's reason`);
  for (const [n, bytes] of frozen) {
    for (const via of [other, publisher]) {
      const now = await edition(via, n);
      check(now.json.equals(bytes.json) && now.text.equals(bytes.text), `round ${round}: ${via} serves changed bytes for edition ${n}`);
    }
  }
  frozen.set(next, fresh[publisher]);
  const list = await get(other, `${REVIEW}/editions`);
  const items = list.status === 200 ? list.json() : [];
  check(items.length === next, `round ${round}: ${other} lists ${items.length} editions, not ${next}`);
  items.forEach((e, i) => check(e.supersededBy === (i + 1 < items.length ? items[i + 1].code : null),
    `round ${round}: ${other} lists ${e.code} as superseded by ${e.supersededBy}`));
  check(items.at(-1)?.reason === reason, `round ${round}: the last edition listed has reason ${items.at(-1)?.reason}`);

  const before = reads.filter((r) => r.sent < published.answered);
  const after = reads.filter((r) => r.sent >= published.answered);
  const tally = (rs) => `${rs.filter((r) => r.n === current).length} old / ${rs.filter((r) => r.n === next).length} new`;
  summary.push({ round, publisher, other, edition: `${YEAR}-${next}`, publish: published.answered - published.sent,
    gap: seen.sent - published.answered, answer: seen.answered - seen.sent, before: tally(before), after: tally(after) });
  current = next;
}

console.log('\nround  publish → read  edition  publish ms  201 → read sent ms  read ms  racing reads sent before the 201 | after');
for (const s of summary) {
  console.log(`${String(s.round).padStart(5)}  ${s.publisher} → ${s.other}          ${s.edition}  ${s.publish.toFixed(1).padStart(10)}  `
    + `${s.gap.toFixed(2).padStart(18)}  ${s.answer.toFixed(1).padStart(7)}  ${s.before} | ${s.after}`);
}
console.log(`problems: ${problems.length}`);
for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
if (problems.length > 50) console.log(`  … and ${problems.length - 50} more`);
process.exit(problems.length ? 1 : 0);
