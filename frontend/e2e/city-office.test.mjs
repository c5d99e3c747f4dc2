// The city office enters the city's own figures by form, like a county clerk: clerk-511900 signs in on
// Keycloak's login page, sees the form of unit 511900 (巴中市) and saves a draft value that is still
// there after a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser, screenshot, signInAt } from './support.mjs';

const PERIOD = '2022';
const LABEL = '新装修人才公寓（套）'; // talent.talent_apartments_renovated, a count
// A generated test value, this run's own (a rerun still shows a change); not a real figure.
const value = 1 + (Date.now() % 90);

let browser;
before(async () => {
  browser = await openBrowser();
});
after(() => browser?.close());

test('the city office’s clerk signs in, gets the form of 511900 and saves a value', async () => {
  const { page } = browser;
  await signInAt(page, '/submissions', 'clerk-511900');
  await page.waitForSelector('h1:has-text("巴中市 数据填报")');

  const row = page.locator('.periods li', { hasText: PERIOD });
  const start = row.getByRole('button', { name: '开始填报' });
  await (await start.count() ? start : row.getByRole('link', { name: '继续填报' })).click();
  await page.waitForURL(/\/submissions\/\d+$/);
  await page.waitForSelector(`h1:has-text("巴中市 · ${PERIOD} 年度数据")`);

  await page.getByLabel(LABEL).fill(String(value));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();
  await screenshot(page, 'city-office-form');

  // What the form shows after a reload is what the server stored.
  await page.reload();
  const field = page.getByLabel(LABEL);
  await field.waitFor();
  assert.equal(await field.inputValue(), String(value));
  assert.deepEqual(browser.errors, []);
});
