// A reader opens the 2021 review: the text is the API's text, figures tell where they come from,
// the charts draw, and the page is accessible on a desktop and on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, DESKTOP, openBrowser, OUTPUT, PHONE, reviewDrawn, screenshot, seriousViolations, SPA_URL } from './support.mjs';

let browser;
before(async () => {
  browser = await openBrowser(DESKTOP);
});
after(() => browser?.close());

test('the review page reads exactly like the API text, paragraph for paragraph', async () => {
  const { page } = browser;
  const lcp = [];
  // The reviews list is preloaded with the page (index.html) and the text asked for before the page's code
  // arrives (main.ts): one request for each, none repeated.
  const asked = [];
  const ask = (request) => asked.push(new URL(request.url()).pathname);
  page.on('request', ask);
  for (const visit of ['first visit', 'repeat visit']) {
    await page.goto(`${SPA_URL}/`);
    await reviewDrawn(page);
    lcp.push(`${visit} ${Math.round(await largestContentfulPaint(page))} ms`);
    if (visit === 'first visit') page.off('request', ask);
  }
  assert.equal(asked.filter((path) => path === '/api/v1/reviews').length, 1, `requests: ${asked.join(' ')}`);
  assert.equal(asked.filter((path) => /^\/api\/v1\/reviews\/\d{4}$/.test(path)).length, 1, `requests: ${asked.join(' ')}`);
  console.log(`review page largest contentful paint: ${lcp.join(', ')} (local preview server, headless chromium)`);

  // The text's own lines: the edition line and a correction's note are the page's, not the text's.
  const onPage = await page.$$eval('article.review :is(h1, .subtitle, section h2, .theme, p.block)', (nodes) => nodes.map((n) => {
    const copy = n.cloneNode(true);
    copy.querySelectorAll('.tip').forEach((tip) => tip.remove());
    return copy.textContent.trim();
  }));
  const text = await (await api('/api/v1/reviews/2021/text')).text();
  const expected = text.split('\n').map((line) => line.trim()).filter(Boolean);
  assert.ok(expected.length > 30, `the API text has ${expected.length} lines`);
  assert.deepEqual(onPage, expected);

  const latest = (await (await api('/api/v1/reviews/2021/editions')).json()).at(-1);
  assert.match(await page.locator('article.review .edition').innerText(), new RegExp(`^第${latest.number}版 · 2\\d{3}年`));
});

/** The page's largest contentful paint so far, in ms from navigation start. */
function largestContentfulPaint(page) {
  return page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime))
      .observe({ type: 'largest-contentful-paint', buffered: true });
  }));
}

test('hovering a figure shows its indicator, value, 余 and where it came from', async () => {
  const { page } = browser;
  const { items: metrics } = await (await api('/api/v1/metrics?period=2021&orgUnit=511900')).json();
  const veteranMedals = metrics.find((m) => m.indicator === 'theory.veteran_members_medals');
  assert.equal(veteranMedals.qualifier, 'more_than');

  const figure = page.locator('.figure[data-indicator="theory.veteran_members_medals"]').first();
  await figure.hover();
  const tip = figure.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  const words = await tip.innerText();
  assert.match(words, new RegExp(`${veteranMedals.value}`));
  assert.match(words, /余/);
  assert.ok(words.includes(veteranMedals.provenance.source), `tooltip "${words}" names the source`);
  assert.match(words, /巴中市/);
});

test('the charts beside the sections draw their figures as text', async () => {
  const { page } = browser;
  // Each is drawn when it comes near the screen.
  for (const place of await page.locator('.lazy-chart').all()) await place.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('.bar-chart svg').length === 4, null, { timeout: 15_000 });
  const charts = await page.$$eval('.bar-chart', (figures) => figures.map((f) => ({
    caption: f.querySelector('figcaption').textContent,
    svgTexts: [...f.querySelectorAll('svg text')].map((t) => t.textContent),
  })));
  assert.equal(charts.length, 4, 'one chart beside each of the four sections');
  const talent = charts.find((c) => c.caption.includes('引才'));
  assert.ok(talent.svgTexts.some((t) => t.includes('同比增长')), 'talent bars are their growth');
  // Numbers as the text writes them: 1.6万余名, not 16000余名.
  const care = charts.find((c) => c.caption.includes('党员关怀'));
  assert.ok(care.svgTexts.includes('1.6万余名'), `care chart: ${care.svgTexts.join(' | ')}`);
  const cadre = charts.find((c) => c.caption.includes('领导班子'));
  const shares = await (await api('/api/v1/cadre-statistics/2021')).json();
  const leadership = shares.groups.find((g) => g.key === 'leadershipStructure').figures.filter((f) => f.unit === '%');
  for (const f of leadership) assert.ok(cadre.svgTexts.includes(`${f.value}%`), `${f.value}% drawn`);
  await screenshot(page, 'review-desktop');
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(browser.errors, []);
});

test('printed, the page is the review alone: no header, navigation or tooltips', async () => {
  const { page } = browser;
  await page.emulateMedia({ media: 'print' });
  try {
    const shown = await page.evaluate(() => ['.bar', '.sections', '.tip', 'article.review h1', 'article.review p.block']
      .map((selector) => [selector, [...document.querySelectorAll(selector)].some((e) => e.checkVisibility())]));
    assert.deepEqual(Object.fromEntries(shown), {
      '.bar': false, '.sections': false, '.tip': false, 'article.review h1': true, 'article.review p.block': true,
    });
    await page.pdf({ path: `${OUTPUT}review.pdf`, format: 'A4' });
    console.log(`printed: ${OUTPUT}review.pdf`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('on a phone the review reads in one column without sideways scrolling', async () => {
  const phone = await openBrowser(PHONE);
  try {
    await phone.page.goto(`${SPA_URL}/reviews/2021`);
    await reviewDrawn(phone.page);
    await phone.page.locator('.lazy-chart').first().scrollIntoViewIfNeeded();
    await phone.page.waitForSelector('.bar-chart svg', { timeout: 15_000 });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await screenshot(phone.page, 'review-phone');
    assert.deepEqual(await seriousViolations(phone.page), []);
  } finally {
    await phone.close();
  }
});
