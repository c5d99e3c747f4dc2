// A county clerk and a city reviewer work a submission through the SPA, signing in on Keycloak's own
// login page: the clerk fills the form (a bad value is refused in place) and submits; the reviewer
// returns it with comments; the clerk fixes and resubmits; the reviewer approves; the dashboard shows it;
// the reviewer corrects the published 2021 review (a reason first, then the edition carrying it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, openBrowser, PHONE, screenshot, seriousViolations, signInAt, SPA_URL } from './support.mjs';

const PERIOD = '2022';
const INDICATOR = 'grassroots.village_party_branches'; // 标准化设置村级党支部, a count (个)
const COMMENTED = 'grassroots.new_party_organizations'; // 两新领域新建党组织, entered as 余
// Generated test values (this run's own, so a rerun on the same database still shows a change); not real figures.
const first = 100 + (Date.now() % 400);
const fixed = first + 1;

let clerk;
let reviewer;
let submissionId;

before(async () => {
  [clerk, reviewer] = await Promise.all([openBrowser(), openBrowser()]);
});
after(async () => {
  await Promise.all([clerk?.close(), reviewer?.close()]);
});

test('the clerk signs in on Keycloak, fills the form, sees a bad value refused, and submits', async () => {
  const { page } = clerk;
  await signInAt(page, '/submissions', 'clerk-511903');
  await page.waitForSelector('h1:has-text("恩阳区")');
  assert.deepEqual(await seriousViolations(page), [], 'submissions page');
  await screenshot(page, 'submissions-desktop');

  const row = page.locator('.periods li', { hasText: PERIOD });
  const start = row.getByRole('button', { name: '开始填报' });
  await (await start.count() ? start : row.getByRole('link', { name: '继续填报' })).click();
  await page.waitForURL(/\/submissions\/\d+$/);
  submissionId = Number(new URL(page.url()).pathname.split('/').at(-1));

  const branches = page.getByLabel('标准化设置村级党支部（个）');
  await branches.fill('12.5');
  await branches.press('Tab');
  await page.getByText('计数指标应为整数').waitFor();
  await screenshot(page, 'submission-invalid');
  await branches.fill(String(first));
  await branches.press('Tab');
  assert.equal(await page.getByText('计数指标应为整数').count(), 0, 'the complaint goes once the value is right');

  await page.getByLabel('两新领域新建党组织（个）').fill('7');
  await page.getByLabel('两新领域新建党组织：数值为“余”（多于所填）').check();
  assert.deepEqual(await seriousViolations(page), [], 'submission form');
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.locator('.el-message-box', { hasText: '提交审核前请确认' }).getByRole('button', { name: '提交审核' }).click();
  await page.locator('h1 .el-tag', { hasText: '待审核' }).waitFor();

  const { items: stored } = await (await api(`/api/v1/metrics?period=${PERIOD}&orgUnit=511903&indicator=${INDICATOR}`)).json();
  assert.ok(!stored.some((m) => m.value === first), 'nothing is published before approval');
});

test('the reviewer finds it in the queue and returns it with comments', async () => {
  const { page } = reviewer;
  await signInAt(page, '/reviewing', 'reviewer');
  const link = page.getByRole('link', { name: `审核 #${submissionId}` });
  await link.waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'review queue');
  await screenshot(page, 'reviewing-queue');
  await link.click();
  await page.waitForURL(new RegExp(`/reviewing/submissions/${submissionId}$`));

  const row = page.locator('tr', { hasText: '标准化设置村级党支部' });
  assert.match(await row.innerText(), new RegExp(`${first}个`));
  await page.getByLabel('标准化设置村级党支部：审核意见').fill('请与乡镇台账核对（测试意见）');
  assert.deepEqual(await seriousViolations(page), [], 'decision page');
  await screenshot(page, 'reviewing-decision');

  await page.getByRole('button', { name: '退回修改' }).click();
  await page.getByText('退回时请写明意见').waitFor(); // a return needs a comment
  await page.locator('#decision-comment').fill('党支部数量需核对（测试意见）');
  await page.getByRole('button', { name: '退回修改' }).click();
  await page.waitForURL(/\/reviewing$/);
});

test('the clerk sees the comments, fixes the value and submits again', async () => {
  const { page } = clerk;
  await page.goto(`${SPA_URL}/submissions/${submissionId}`);
  await page.getByText('党支部数量需核对（测试意见）').waitFor();
  await page.getByText('审核意见：请与乡镇台账核对（测试意见）').waitFor();
  await screenshot(page, 'submission-returned');
  await page.getByLabel('标准化设置村级党支部（个）').fill(String(fixed));
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.locator('.el-message-box', { hasText: '提交审核前请确认' }).getByRole('button', { name: '提交审核' }).click();
  await page.locator('h1 .el-tag', { hasText: '待审核' }).waitFor();
});

test('the reviewer approves, and the dashboard shows the county’s value', async () => {
  const { page } = reviewer;
  await page.goto(`${SPA_URL}/reviewing/submissions/${submissionId}`);
  const row = page.locator('table.values tr', { hasText: '标准化设置村级党支部' });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`${fixed}个`));
  // After the resubmission: what changed since the return, beside the comment made on it then.
  const since = page.locator('section.since tr', { hasText: '标准化设置村级党支部' });
  assert.match(await since.innerText(), new RegExp(`当时对此项的意见：请与乡镇台账核对（测试意见）[\\s\\S]*${first}个[\\s\\S]*${fixed}个`));
  await page.getByRole('button', { name: '批准' }).click();
  await page.locator('.el-message-box', { hasText: '批准此填报？' }).getByRole('button', { name: '批准' }).click();
  await page.locator('section.approval', { hasText: '批准结果' }).waitFor();

  const { items: approved } = await (await api(`/api/v1/metrics?period=${PERIOD}&orgUnit=511903&limit=1000`)).json();
  assert.equal(approved.find((m) => m.indicator === INDICATOR)?.value, fixed);
  assert.equal(approved.find((m) => m.indicator === COMMENTED)?.qualifier, 'more_than');

  await page.goto(`${SPA_URL}/dashboard?period=${PERIOD}&indicator=${INDICATOR}`);
  const chart = page.locator('.counties .bar-chart');
  await chart.locator('svg').waitFor();
  const bars = await chart.locator('li').allTextContents();
  assert.ok(bars.includes(`恩阳区：${fixed}个`), `the comparison lists ${bars.join(' | ')}`);
  assert.ok((await chart.locator('svg text').allTextContents()).includes(`${fixed}个`), 'the bar is labelled');
  assert.deepEqual(await seriousViolations(page), [], 'dashboard');
  await screenshot(page, 'dashboard-desktop');
  assert.deepEqual([...clerk.errors, ...reviewer.errors], []);
});

test('the reviewer checks reconciliation and publishes an edition', async () => {
  const { page } = reviewer;
  await page.goto(`${SPA_URL}/reviewing/reconciliation?period=${PERIOD}`);
  const line = page.locator('tr', { hasText: '标准化设置村级党支部' });
  await line.waitFor();
  const summary = line.locator('td.missing summary');
  if (await summary.count()) await summary.click(); // "n/7 未报" opens to the units missing
  const [, city, countySum, , missing] = await line.locator('th, td').allInnerTexts();
  assert.equal(missing.includes('恩阳区'), false, `恩阳区 has reported: missing "${missing}"`);
  assert.ok(Number.parseFloat(countySum) >= fixed, `the county sum ${countySum} holds ${fixed}`);
  assert.ok(city, 'the city column is shown');
  assert.deepEqual(await seriousViolations(page), [], 'reconciliation');
  await screenshot(page, 'reviewing-reconciliation');

  await page.goto(`${SPA_URL}/reviewing/editions`);
  await page.locator('table.editions tr', { hasText: '2021-1' }).waitFor();
  const before = await page.locator('table.editions tbody tr').count();
  const superseded = (await (await api('/api/v1/reviews/2021/editions')).json()).at(-1).code;

  // 2021 is published: another edition is a correction, and its reason comes first.
  assert.equal(await page.getByRole('button', { name: '发布新版本' }).count(), 0, 'no publishing without a reason');
  await page.getByRole('button', { name: '开始更正' }).click();
  await page.getByText('请先写明更正原因。').waitFor();
  const reason = `恩阳区村级党支部数经核实更正（测试 ${first}）`;
  await page.getByRole('textbox', { name: '更正原因' }).fill(reason);
  await page.getByRole('button', { name: '开始更正' }).click();
  const underWay = page.locator('.under-way');
  await underWay.getByText('2021 年度已重新开放填报', { exact: false }).waitFor();
  assert.equal(await underWay.locator('blockquote').innerText(), reason);
  const periods = await (await api('/api/v1/periods')).json();
  assert.equal(periods.find((p) => p.code === '2021').state, 'open', 'the correction reopens 2021');
  assert.deepEqual(await seriousViolations(page), [], 'editions, correction under way');
  await screenshot(page, 'reviewing-correction');

  await page.getByRole('button', { name: '发布新版本' }).click();
  await page.locator('.el-message-box').getByRole('button', { name: '发布新版本' }).click();
  await page.locator('table.editions tbody tr').nth(before).waitFor();
  const editions = await (await api('/api/v1/reviews/2021/editions')).json();
  assert.equal(editions.length, before + 1);
  const published = editions.at(-1);
  assert.equal(published.reason, reason);
  // Oldest first: the new edition is the last row, current; the one it corrects says so.
  const rows = page.locator('table.editions tbody tr');
  await rows.nth(before).locator('th', { hasText: published.code }).getByText('现行').waitFor();
  assert.equal(await rows.nth(before).locator('td.reason').innerText(), reason);
  await rows.nth(before - 1).locator('th', { hasText: superseded }).getByText(`已被 ${published.code} 取代`).waitFor();
  await page.locator('.el-message', { hasText: published.code }).waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'editions');
  await screenshot(page, 'reviewing-editions');

  // Readers get the correction at once, with its note.
  await page.goto(`${SPA_URL}/reviews/2021`);
  await page.locator('article.review .edition', { hasText: `第${published.number}版` }).waitFor();
  assert.equal(await page.locator('.correction .reason').innerText(), reason);
  await screenshot(page, 'review-correction');
});

test('the editions page works on a phone', async () => {
  const phone = await openBrowser(PHONE);
  try {
    await signInAt(phone.page, '/reviewing/editions', 'reviewer');
    await phone.page.locator('table.editions tr', { hasText: '2021-1' }).waitFor();
    await phone.page.getByRole('textbox', { name: '更正原因' }).waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the editions page is ${overflow}px wider than the phone`);
    assert.deepEqual(await seriousViolations(phone.page), [], 'editions on a phone');
    await screenshot(phone.page, 'reviewing-editions-phone');
  } finally {
    await phone.close();
  }
});

test('the clerk’s form and the dashboard work on a phone', async () => {
  const phone = await openBrowser(PHONE);
  try {
    await phone.page.goto(`${SPA_URL}/dashboard?period=${PERIOD}&indicator=${INDICATOR}`);
    await phone.page.locator('.counties .bar-chart svg').waitFor();
    await screenshot(phone.page, 'dashboard-phone');
    await signInAt(phone.page, `/submissions/${submissionId}`, 'clerk-511903');
    await phone.page.getByLabel('标准化设置村级党支部（个）').waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the form is ${overflow}px wider than the phone`);
    await screenshot(phone.page, 'submission-phone');
  } finally {
    await phone.close();
  }
});
