// English mode and what every page tells the browser: the dashboard's charts name indicators by the API's
// English names and its headline writes figures as the review does (1.6万余名 in Chinese); a figure's
// tooltip writes its unit as the API's English export names it (persons, not 名); a server problem
// reads in the interface language; the review's page says its text is published in Chinese; each page has
// its own title and description; robots.txt is a text file, not the SPA.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, openBrowser, screenshot, seriousViolations, SPA_URL } from './support.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(() => browser?.close());

/** Switches the interface language the way a person does: the button in the header (it is remembered). */
async function language(page, which) {
  // The app sets the page's language when it mounts; index.html's painted shell before it says zh-CN whatever was chosen.
  const button = page.locator('header .account button').first();
  await button.waitFor();
  const current = await page.evaluate(() => document.documentElement.lang);
  if ((which === 'en') !== (current === 'en')) await button.click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, which === 'en' ? 'en' : 'zh-CN');
}

test('in English the dashboard’s chart names indicators in English and the headline says the review’s figure', async () => {
  const { page } = browser;
  const cadre = await (await api('/api/v1/cadre-statistics/2021')).json();
  const shares = cadre.groups.find((g) => g.key === 'leadershipStructure').figures.filter((f) => f.valueType === 'percent');
  const review = await (await api('/api/v1/reviews/2021')).json();
  const runs = review.sections.flatMap((s) => s.blocks.flatMap((b) => b.runs)).filter((r) => r.type === 'figure');
  const wan = runs.find((r) => r.format === 'wan'); // the text's 1.6万余名

  await page.goto(`${SPA_URL}/dashboard`);
  await language(page, 'zh');
  await page.locator('.headlines li').first().waitFor();
  assert.ok((await page.locator('.headlines').innerText()).includes(wan.text), `the headline writes ${wan.text} as the text does`);

  await language(page, 'en');
  // The charts are drawn as they come near the screen: scroll down to them, as a reader does.
  await page.locator('.details .charts').scrollIntoViewIfNeeded();
  const chart = page.locator('figure.bar-chart', { hasText: 'Leadership structure' });
  await chart.locator('svg').waitFor();
  assert.equal(await page.title(), 'Dashboard · Zongshu 综述');
  const drawn = (await chart.locator('svg').textContent()).replace(/\s+/g, '');
  const listed = await chart.locator('li').allTextContents();
  for (const f of shares) {
    assert.ok(drawn.includes(f.nameEn.replace(/\s+/g, '')), `the chart draws “${f.nameEn}”`);
    assert.ok(listed.some((l) => l.startsWith(f.nameEn)), `the chart lists “${f.nameEn}” for screen readers`);
    assert.ok(!drawn.includes(f.nameZh), 'no Chinese name in English mode');
  }
  assert.ok(!(await page.locator('.headlines').innerText()).includes('万'), 'English digits in English mode');
  assert.deepEqual(await seriousViolations(page), [], 'axe on the English dashboard');
  await screenshot(page, 'dashboard-english');
  assert.deepEqual(browser.errors, []);
});

test('in English a figure’s tooltip writes its unit in English, as the API’s English export does', async () => {
  const { page } = browser;
  const indicator = 'theory.veteran_members_medals'; // 1.6万余名 in the text: 名 is a Chinese measure word
  const [metric] = (await (await api(`/api/v1/metrics?period=2021&orgUnit=511900&indicator=${indicator}`)).json()).items;
  const exported = await (await api(`/api/v1/exports?format=json-stat&lang=en&period=2021&orgUnit=511900&indicator=${indicator}`)).json();
  const english = exported.dimension.indicator.category.unit[indicator].label;
  assert.notEqual(english, metric.unit, 'the export names the unit in English');

  await page.goto(`${SPA_URL}/reviews/2021`);
  await language(page, 'en');
  const figure = page.locator(`.figure[data-indicator="${indicator}"]`).first();
  await figure.hover();
  const tip = figure.locator('[role="tooltip"]');
  await tip.locator('.line', { hasText: /^Edition/ }).waitFor(); // the edition's frozen values have arrived
  const value = await tip.locator('.line', { hasText: /^Value/ }).innerText();
  assert.ok(value.endsWith(` ${english}`), `“${value}” ends with the English unit “${english}”`);
  assert.ok(!value.includes(metric.unit), `no ${metric.unit} in “${value}”`);
  assert.deepEqual(await seriousViolations(page), [], 'English review with a tooltip open');
});

test('a server problem reads in the interface language', async () => {
  const { page } = browser;
  const problem = await (await fetch(`${SPA_URL}/api/v1/reviews/1999`)).json();
  assert.equal(problem.type, 'urn:zongshu:problem:not-found');

  // The review page names a 404 in its own words: no such review or edition, in the interface language.
  await page.goto(`${SPA_URL}/reviews/1999`);
  await language(page, 'en');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const english = await alert.innerText();
  assert.ok(english.includes('There is no such edition of the review.'), `English: the interface's words, got “${english}”`);

  await language(page, 'zh');
  await page.reload();
  await page.getByRole('alert').waitFor();
  const chinese = await page.getByRole('alert').innerText();
  assert.ok(chinese.includes('没有这一版本的综述'), `Chinese: the interface’s words for not-found, got “${chinese}”`);
  assert.ok(!chinese.includes(problem.detail), 'not the English server text');
});

test('in English the review says its text is published in Chinese; every page has a title and a description', async () => {
  const { page } = browser;
  await page.goto(`${SPA_URL}/`);
  await language(page, 'en');
  await page.getByRole('note').filter({ hasText: 'published in Chinese' }).waitFor();
  const titles = new Set();
  for (const path of ['/', '/dashboard', '/exports', '/no-such-page']) {
    await page.goto(SPA_URL + path);
    await page.waitForFunction(() => document.title.includes('·'));
    titles.add(await page.title());
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description && description.length > 20, `${path} has a description`);
  }
  assert.equal(titles.size, 4, [...titles].join(' | '));
  await page.goto(`${SPA_URL}/dashboard`);
  assert.equal(await page.getByRole('note').count(), 0, 'the notice is the review’s only');
  await language(page, 'zh');
  await page.goto(`${SPA_URL}/`);
  await page.locator('article, main h1').first().waitFor();
  assert.equal(await page.getByRole('note').filter({ hasText: 'published in Chinese' }).count(), 0);
});

test('robots.txt is a real text file', async () => {
  const response = await fetch(`${SPA_URL}/robots.txt`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/plain/);
  const body = await response.text();
  assert.match(body, /^User-agent: \*$/m);
  assert.doesNotMatch(body, /<html/i);
});
