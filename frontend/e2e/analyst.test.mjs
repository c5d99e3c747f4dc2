// An analyst chooses filters and a format on the downloads page, downloads CSV and JSON-stat files,
// and copies the same request as a curl command.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { api, openBrowser, screenshot, seriousViolations, SPA_URL } from './support.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SPA_URL });
});
after(() => browser?.close());

/** Clicks the download link and answers the saved file's name and text. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载', exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The request the page shows, asked of the API directly. */
async function fromApi(page) {
  const shown = new URL(await page.getByTestId('export-url').innerText());
  return (await api(shown.pathname + shown.search)).text();
}

test('a CSV of the 2021 values, the same bytes as the API gives', async () => {
  const { page } = browser;
  await page.goto(`${SPA_URL}/exports`);
  await page.locator('.el-select', { has: page.getByRole('combobox', { name: '年度' }) }).click();
  await page.getByRole('option', { name: '2021', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('export-url').filter({ hasText: 'period=2021' }).waitFor();

  const csv = await download(page);
  assert.equal(csv.name, 'zongshu-export.csv');
  assert.equal(csv.text, await fromApi(page));
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0], /^indicator,indicator_name,org_unit/);
  const { items: metrics } = await (await api('/api/v1/metrics?period=2021&limit=1000')).json();
  assert.equal(lines.length - 1, metrics.length, 'one row per approved 2021 value');
  assert.deepEqual(await seriousViolations(page), []);
  await screenshot(page, 'exports-desktop');
});

test('a JSON-stat file, and the curl command for the same request', async () => {
  const { page } = browser;
  await page.getByText('JSON-stat 2.0').click();
  await page.getByTestId('export-url').filter({ hasText: 'format=json-stat' }).waitFor();
  const jsonStat = await download(page);
  const dataset = JSON.parse(jsonStat.text);
  assert.equal(dataset.version, '2.0');
  assert.equal(dataset.class, 'dataset');
  assert.deepEqual(dataset.id, ['indicator', 'orgUnit', 'period']);
  const periods = dataset.dimension.period.category.index;
  assert.deepEqual(Array.isArray(periods) ? periods : Object.keys(periods), ['2021']);
  assert.equal(jsonStat.text, await fromApi(page));

  await page.getByRole('button', { name: '复制 curl 命令' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByTestId('export-curl').innerText());
  assert.match(copied, /^curl -fsSL -OJ 'http:\/\/[^']+\/api\/v1\/exports\?format=json-stat&period=2021'$/);
  assert.deepEqual(browser.errors, []);
});
