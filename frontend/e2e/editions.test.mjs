// Readers see editions and where each figure comes from; reviewers compare editions. A correction of
// the 2021 review is published with a changed word (through the API, with the signed-in reviewer's
// token), read as 更正 with its reason, and compared; a second correction then restores the original
// words, so the latest 2021 edition reads as before for every other test (only its number moves on).
// 2021 is used because it is the one year with values: no period can be made through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, DESKTOP, openBrowser, PHONE, reviewDrawn, screenshot, seriousViolations, signInAt, SPA_URL } from './support.mjs';

const YEAR = 2021;
const WORD = '扎实';
const CHANGED = '切实';
let reader;
let reviewer;
let token;
let corrected; // the edition that changed the word
let restored; // the edition that put it back
let place; // the block changed
const reason = `“${WORD}”改为“${CHANGED}”（测试更正 ${Date.now()}）`;

before(async () => {
  [reader, reviewer] = await Promise.all([openBrowser(DESKTOP), openBrowser(DESKTOP)]);
});
after(async () => {
  await Promise.all([reader?.close(), reviewer?.close()]);
});

/** An API call with the reviewer's token (the SPA's own, from its session storage). */
async function call(method, path, body, headers = {}) {
  const response = await fetch(`${process.env.API_URL ?? 'http://127.0.0.1:18088'}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { body: text ? JSON.parse(text) : undefined, etag: response.headers.get('etag') };
}

/** A correction: reason first, then one block's source as `rewrite` makes it, then the edition. */
async function publishCorrection(why, rewrite) {
  await call('POST', `/api/v1/reviews/${YEAR}/corrections`, { reason: why });
  const { body: draft, etag } = await call('GET', `/api/v1/reviews/${YEAR}/draft`);
  // The first block that has the word and not its replacement: the one the test changes and restores.
  place ??= draft.sections.flatMap((s) => s.blocks.map((b, block) => ({ section: s.key, block, source: b.source })))
    .find((b) => b.source.includes(WORD) && !b.source.includes(CHANGED));
  assert.ok(place, `a block with ${WORD}`);
  const content = {
    title: draft.title,
    subtitle: draft.subtitle,
    sections: draft.sections.map((s) => ({
      key: s.key, heading: s.heading, theme: s.theme,
      blocks: s.blocks.map((b, i) => ({ kind: b.kind, source: s.key === place.section && i === place.block ? rewrite(b.source) : b.source })),
    })),
  };
  await call('PUT', `/api/v1/reviews/${YEAR}/draft`, content, { 'If-Match': etag });
  return (await call('POST', `/api/v1/reviews/${YEAR}/editions`)).body;
}

test('the review is text first: each figure says where it comes from, Escape closes that, it stays on screen', async () => {
  const { page } = reader;
  // The text waits for nothing but its edition: names, values, editions and charts' data are held back meanwhile.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const others = /\/api\/v1\/(indicators|org-units|exports|metrics|cadre-statistics|talent-recruitment|reviews\/\d+\/editions)/;
  await page.route(others, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${SPA_URL}/reviews/${YEAR}`);
  await page.waitForSelector('article.review p.block');
  assert.equal(await page.locator('footer.colophon code').count(), 0, 'the colophon’s hash is still held back');
  release();
  const latest = (await (await api(`/api/v1/reviews/${YEAR}/editions`)).json()).at(-1);
  await page.locator('footer.colophon code', { hasText: latest.contentHash }).waitFor();

  const figure = page.locator('.figure[data-indicator="theory.veteran_members_medals"]').first();
  await figure.hover();
  const tip = figure.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  await tip.getByText(`所属版本${latest.code}`).waitFor(); // the edition's frozen values have arrived
  const words = await tip.innerText();
  for (const part of ['修订版次', '录入', '来源', '巴中市']) assert.ok(words.includes(part), `tooltip "${words}" has ${part}`);
  const download = await tip.getByRole('link', { name: '下载（CSV）' }).getAttribute('href');
  assert.equal(download, `/api/v1/exports?format=csv&indicator=theory.veteran_members_medals&edition=${latest.code}`);
  assert.match(await (await api(download)).text(), /theory\.veteran_members_medals/);
  assert.deepEqual(await seriousViolations(page), [], 'review with a tooltip open');
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });

  // By keyboard: focus opens it, Escape closes it.
  await figure.focus();
  await tip.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  await page.unroute(others);

  // The printout closes with the colophon too.
  await page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await page.locator('footer.colophon').isVisible(), 'the colophon is printed');
    assert.match(await page.locator('footer.colophon').innerText(), new RegExp(latest.contentHash));
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(reader.errors, []);
});

test('on a phone no figure breaks from its measure word, tooltips stay on screen, nothing is wider than the screen', async () => {
  const phone = await openBrowser(PHONE);
  try {
    const { page } = phone;
    await page.goto(`${SPA_URL}/reviews/${YEAR}`);
    await reviewDrawn(page);
    const broken = await page.$$eval('.figure .shown', (shown) => shown
      .filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
    assert.deepEqual(broken, [], 'figures split across lines');
    // Names and the edition's values in first (the tips' longest lines), then every figure's tip, opened,
    // lies within the screen's width (opened in the page: 56 hovers are slow).
    const first = page.locator('.figure').first();
    await first.hover();
    await first.locator('.tip').getByText('修订版次').waitFor();
    await page.keyboard.press('Escape');
    const outside = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const cut = [];
      for (const figure of document.querySelectorAll('.figure')) {
        figure.dispatchEvent(new MouseEvent('mouseenter'));
        await frame();
        const box = figure.querySelector('.tip').getBoundingClientRect();
        if (!box.width || box.left < 0 || box.right > document.documentElement.clientWidth) {
          cut.push(`${figure.dataset.indicator} ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      }
      return cut;
    });
    assert.deepEqual(outside, [], 'tooltips cut at the screen edge');
    await reviewDrawn(page);
    await page.locator('.lazy-chart').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('.bar-chart svg', { timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the review is ${overflow}px wider than the phone`);
    assert.deepEqual(await seriousViolations(page), [], 'review on a phone');
  } finally {
    await phone.close();
  }
});

test('in English the charts name indicators in English and the page says the text is Chinese', async () => {
  const english = await openBrowser(PHONE);
  try {
    const { page } = english;
    await page.addInitScript(() => localStorage.setItem('zongshu.locale', 'en'));
    await page.goto(`${SPA_URL}/reviews/${YEAR}`);
    await page.getByText('The review is published in Chinese').waitFor();
    const indicators = await (await api('/api/v1/indicators')).json();
    const branches = indicators.find((i) => i.code === 'grassroots.village_party_branches');
    // Drawn when it comes near the screen (once the sections above it are in place).
    await reviewDrawn(page);
    await page.locator('#grassroots .lazy-chart').scrollIntoViewIfNeeded();
    const chart = page.locator('#grassroots .bar-chart');
    await chart.locator('svg').waitFor({ timeout: 15_000 });
    const drawn = (await chart.locator('svg text').allTextContents()).join(' ').replace(/\s+/g, ' ');
    assert.ok(drawn.replace(/\s/g, '').includes(branches.nameEn.replace(/\s/g, '')), `"${branches.nameEn}" drawn in "${drawn}"`);
    assert.match(await chart.locator('figcaption').innerText(), /^Village party organisations/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the English review is ${overflow}px wider than the phone`);
    assert.deepEqual(await seriousViolations(page), [], 'English review on a phone');
    await screenshot(page, 'review-english-phone');
  } finally {
    await english.close();
  }
});

test('a correction edition says 更正 with its reason and changed figures; the earlier one is a click away', async () => {
  await signInAt(reviewer.page, `/reviewing/reviews/${YEAR}/editions`, 'reviewer');
  token = await reviewer.page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return JSON.parse(sessionStorage.getItem(key)).access_token;
  });
  corrected = await publishCorrection(reason, (source) => source.replace(WORD, CHANGED));
  assert.equal(corrected.reason, reason);

  const { page } = reader;
  await page.goto(`${SPA_URL}/reviews/${YEAR}`);
  await page.locator('article.review .edition', { hasText: `第${corrected.number}版` }).waitFor();
  assert.equal(await page.locator('.edition .corrected').innerText(), '更正');
  assert.equal(await page.locator('.correction .reason').innerText(), reason);
  await reviewDrawn(page);
  assert.ok((await page.locator('article.review').innerText()).includes(CHANGED));
  await page.locator('footer.colophon code', { hasText: corrected.contentHash }).waitFor();
  await screenshot(page, 'review-correction-edition');

  await page.locator('nav.others').getByRole('link', { name: `第${corrected.number - 1}版` }).click();
  await page.waitForURL(`${SPA_URL}/reviews/${YEAR}/editions/${corrected.number - 1}`);
  await page.locator('.superseded', { hasText: corrected.code }).waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'a superseded edition');
});

test('the reviewer compares the two editions: the changed word marked, side by side', async () => {
  const { page } = reviewer;
  await page.goto(`${SPA_URL}/reviewing/reviews/${YEAR}/editions`);
  await page.locator('table.editions tbody th').getByRole('link', { name: corrected.code, exact: true }).waitFor();
  const change = page.locator('.block-change').first();
  await change.waitFor();
  // By character: 扎实 → 切实 deletes 扎 and inserts 切; each mark says so in words too.
  assert.deepEqual(await change.locator('del').allTextContents(), [`删除：${WORD[0]}（标记结束）`]);
  assert.deepEqual(await change.locator('ins').allTextContents(), [`插入：${CHANGED[0]}（标记结束）`]);
  const [earlier, later] = await change.locator('.side .text').allTextContents();
  assert.ok(earlier.includes(`${WORD[0]}（标记结束）${WORD[1]}`) && later.includes(`${CHANGED[0]}（标记结束）${CHANGED[1]}`));
  assert.deepEqual(await seriousViolations(page), [], 'editions and compare');
  await screenshot(page, 'reviewing-compare');

  // The old address goes to the newest year's page.
  await page.goto(`${SPA_URL}/reviewing/editions`);
  await page.waitForURL(/\/reviewing\/reviews\/\d{4}\/editions/);
});

test('on a phone the editions and compare page fits the screen', async () => {
  const phone = await openBrowser(PHONE);
  try {
    await signInAt(phone.page, `/reviewing/reviews/${YEAR}/editions?from=${corrected.number - 1}&to=${corrected.number}`, 'reviewer');
    await phone.page.locator('.block-change').first().waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the compare page is ${overflow}px wider than the phone`);
    assert.deepEqual(await seriousViolations(phone.page), [], 'compare on a phone');
    await screenshot(phone.page, 'reviewing-compare-phone');
    // And in English.
    await phone.page.evaluate(() => localStorage.setItem('zongshu.locale', 'en'));
    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'Compare two editions' }).waitFor();
    await phone.page.locator('.block-change ins').first().waitFor();
    const wider = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wider <= 0, `the English compare page is ${wider}px wider than the phone`);
    assert.deepEqual(await seriousViolations(phone.page), [], 'compare on a phone, in English');
  } finally {
    await phone.close();
  }
});

test('a second correction restores the original words', async () => {
  restored = await publishCorrection(`恢复“${WORD}”（测试更正的还原）`, (source) => source.replace(CHANGED, WORD));
  const texts = await Promise.all([corrected.number - 1, restored.number].map(async (n) =>
    (await api(`/api/v1/reviews/${YEAR}/editions/${n}/text`)).text()));
  assert.equal(texts[1], texts[0], 'the latest edition reads as the one before the test');
  assert.deepEqual([...reader.errors, ...reviewer.errors], []);
});
