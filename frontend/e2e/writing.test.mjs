// The city writes next year's review in the SPA: the reviewer adds the year and starts its review from
// 2021's, rewrites a paragraph and inserts a figure with the keyboard alone (found by its Chinese name,
// missing at first); the city office submits it and the reviewer approves, and the chip follows; two
// people editing at once merge without losing either text; words typed while saving fails survive a
// reload; publishing is refused while figures are missing and then succeeds; a reader sees the edition.
// The year's other values come from scripts/demo-year (generated, marked as demo data, not real figures).
// It runs last of the browser tests (files run in name order): the year it publishes becomes the newest
// review, the one readers and the dashboard show first, which the other files expect to be 2021.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { call } from '../../scripts/e2e/lib/api.mjs';
import { login } from '../../scripts/e2e/lib/tokens.mjs';
import { API_URL, openBrowser, PHONE, reviewDrawn, screenshot, seriousViolations, signInAt, SPA_URL } from './support.mjs';

const FIGURE = '{{grassroots.village_party_branches}}'; // 标准化设置村级党支部 (个), the city's value
const REWRITE = '（浏览器测试改写）';
let year;
/** The latest published review before the new year (2021 on a fresh stack): what the new one starts from. */
let from;
let author;
let other;

const draftOf = async () => (await call('GET', `/api/v1/reviews/${year}/draft`, { bearer: await login('reviewer') })).body;
const saved = (page, version) => page.locator('.state', { hasText: `已保存 · 第${version}版` }).waitFor({ timeout: 15_000 });
const block = (page, name) => page.getByRole('textbox', { name });

before(async () => {
  [author, other] = await Promise.all([openBrowser(), openBrowser()]);
  const periods = (await call('GET', '/api/v1/periods')).body;
  year = Math.max(...periods.map((p) => Number(p.code))) + 1;
  from = Math.max(...(await call('GET', '/api/v1/reviews')).body.map((r) => r.year));
});
after(async () => {
  await Promise.all([author?.close(), other?.close()]);
});

test('the reviewer adds the next year, starts it from the last published review, rewrites a paragraph and inserts a figure by keyboard', async () => {
  const { page } = author;
  await signInAt(page, '/reviewing/reviews', 'reviewer');
  await page.getByRole('button', { name: `新增${year}年度` }).click();
  await page.getByRole('button', { name: `以${from}年综述为底稿开始${year}年` }).click();
  await page.waitForURL(`${SPA_URL}/reviewing/reviews/${year}/edit`);
  await saved(page, 1);
  const template = await draftOf();
  assert.equal(await page.locator('.chip').count(), template.figures.total, 'every figure of 2021 is a chip');
  assert.equal(template.figures.missing, template.figures.total, `nothing of ${year} is approved yet`);
  assert.deepEqual(await seriousViolations(page), [], 'editor');

  const lead = block(page, '坚持凝心铸魂 · 第1段（导语）');
  // (Started from a review this test published on an earlier run, the paragraph may hold the figure already.)
  const chips = lead.locator(`.chip[data-markup="${FIGURE}"]`);
  const before = await chips.count();
  await lead.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(REWRITE);
  await saved(page, 2);

  // Keyboard alone: {{ opens the picker, the search finds the indicator by its Chinese name, arrows and Enter.
  await page.keyboard.type('{{');
  const picker = page.getByRole('dialog', { name: '插入数据' });
  await picker.waitFor();
  await picker.getByRole('textbox', { name: '搜索指标' }).and(page.locator(':focus')).waitFor();
  await page.keyboard.type('村级党支部');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await picker.locator('.preview', { hasText: '缺数据' }).waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'figure picker');
  await screenshot(page, 'editor-picker');
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'hidden' });
  await chips.nth(before).waitFor();
  assert.equal(await chips.count(), before + 1, 'one chip more');
  const chip = chips.last();
  assert.equal(await chip.getAttribute('data-status'), 'missing');
  assert.match(await chip.innerText(), /缺数据/, 'the status is said in words, not colour alone');
  await saved(page, 3);
  const theory = (await draftOf()).sections.find((s) => s.key === 'theory');
  assert.ok(theory.blocks[0].source.endsWith(`${REWRITE}${FIGURE}`), theory.blocks[0].source);
  await screenshot(page, 'editor-desktop');
});

test('the city office submits the figure, the reviewer approves it, and the chip follows', async () => {
  const { page } = author;
  const clerk = await login('clerk-511900');
  const opened = await call('POST', '/api/v1/submissions', { bearer: clerk, body: { orgUnit: '511900', period: String(year) } });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const id = opened.body.id;
  // A generated test value, not a real figure.
  const put = await call('PUT', `/api/v1/submissions/${id}/values`, { bearer: clerk, ifMatch: opened.etag,
    body: { dataValues: [{ indicator: 'grassroots.village_party_branches', value: 321, comment: '浏览器测试生成 / generated by a browser test' }] } });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  assert.equal((await call('POST', `/api/v1/submissions/${id}/submit`, { bearer: clerk, ifMatch: put.etag })).status, 200);
  await page.reload();
  const chip = block(page, '坚持凝心铸魂 · 第1段（导语）').locator(`.chip[data-markup="${FIGURE}"]`).last();
  await page.locator(`.chip[data-markup="${FIGURE}"][data-status="submitted"]`).first().waitFor();
  assert.match(await chip.innerText(), /321个.*待审核/s);
  assert.ok(await page.locator('.attention li', { hasText: '待审核' }).count() >= 1, 'the side list names it');

  const reviewer = await login('reviewer');
  const seen = await call('GET', `/api/v1/submissions/${id}`, { bearer: reviewer });
  assert.equal((await call('POST', `/api/v1/submissions/${id}/approve`, { bearer: reviewer, ifMatch: seen.etag })).status, 200);
  await page.reload();
  await page.locator(`.chip[data-markup="${FIGURE}"][data-status="approved"]`).first().waitFor();
  assert.match(await chip.innerText(), /321个.*已批准/s);
});

test('two people edit the same block at once: the second sees both texts and keeps both', async () => {
  const sections = (await draftOf()).sections;
  const closing = `第${sections.findIndex((s) => s.key === 'closing') + 1}节 · 第1段（结语）`;
  await signInAt(other.page, `/reviewing/reviews/${year}/edit`, 'admin');
  const before = (await draftOf()).version;
  await saved(other.page, before);

  await block(author.page, closing).click();
  await author.page.keyboard.press('Control+End');
  await author.page.keyboard.insertText('（甲的补充）');
  await saved(author.page, before + 1);

  await block(other.page, closing).click();
  await other.page.keyboard.press('Control+End');
  await other.page.keyboard.insertText('（乙的补充）');
  const panel = other.page.getByRole('region', { name: '他人已保存了新版本' });
  await panel.waitFor({ timeout: 15_000 });
  assert.ok(await panel.getByText('（甲的补充）').count() >= 1, 'the other text is shown');
  assert.ok(await panel.getByText('（乙的补充）').count() >= 1, 'and mine');
  assert.deepEqual(await seriousViolations(other.page), [], 'conflict view');
  await screenshot(other.page, 'editor-conflict');
  await panel.getByLabel('编辑合并').first().check();
  const merge = panel.getByRole('textbox', { name: '编辑合并' });
  await merge.fill(`${await merge.inputValue()}（甲的补充）`);
  await panel.getByRole('button', { name: '保存合并结果' }).click();
  await saved(other.page, before + 2);
  const source = (await draftOf()).sections.find((s) => s.key === 'closing').blocks[0].source;
  assert.ok(source.includes('（甲的补充）') && source.includes('（乙的补充）'), source);
});

test('words typed while saving fails are kept through a reload and offered back', async () => {
  const { page } = other;
  await page.reload();
  const version = (await draftOf()).version;
  await saved(page, version);
  await page.route('**/api/v1/reviews/*/draft', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
  const words = `（断网时写的 ${Date.now()}）`;
  await block(page, '坚持凝心铸魂 · 第1段（导语）').click();
  await page.keyboard.insertText(words);
  await page.locator('.state', { hasText: '暂时无法保存' }).waitFor({ timeout: 15_000 });
  await page.unroute('**/api/v1/reviews/*/draft');
  page.once('dialog', (dialog) => dialog.accept());
  await page.reload();
  await page.getByRole('button', { name: '恢复这些修改' }).click();
  await saved(page, version + 1);
  const lead = (await draftOf()).sections.find((s) => s.key === 'theory').blocks[0].source;
  assert.ok(lead.includes(words), lead);
});

test('publishing is refused while figures are missing, then succeeds; a reader sees the edition', async () => {
  const { page } = author;
  await page.reload();
  await page.getByRole('button', { name: '发布…' }).click();
  const checklist = page.getByRole('dialog', { name: `发布${year}年综述` });
  await checklist.getByText(/处数据尚未批准（不能发布）/).waitFor();
  assert.equal(await checklist.getByRole('button', { name: /^发布第\d+版草稿$/ }).isDisabled(), true);
  assert.deepEqual(await seriousViolations(page), [], 'publish checklist');
  await checklist.getByRole('button', { name: '取消' }).click();

  // Every other value of the year: generated by scripts/demo-year, submitted by the units' scripts, approved.
  await promisify(execFile)('node', ['../scripts/demo/demo-year.mjs'], {
    env: { ...process.env, API_URL, DEMO_YEAR: String(year), DEMO_PUBLISH: '0', SPA_URL },
  });
  await page.reload();
  await page.getByText('全部数据已批准。').waitFor();
  await page.getByRole('button', { name: '发布…' }).click();
  await checklist.getByText(/全部 \d+ 处数据已批准/).waitFor();
  await checklist.getByRole('button', { name: /^发布第\d+版草稿$/ }).click();
  await page.waitForURL(`${SPA_URL}/reviews/${year}/editions/1`);
  assert.equal((await call('GET', `/api/v1/reviews/${year}`)).body.edition, `${year}-1`);

  const reader = await openBrowser(PHONE);
  try {
    await reader.page.goto(`${SPA_URL}/reviews/${year}`);
    await reader.page.getByText(/第1版/).first().waitFor();
    await reviewDrawn(reader.page);
    assert.ok(await reader.page.getByText(REWRITE).count() >= 1, 'the rewritten paragraph is published');
    // The figure's tooltip says who submitted it and when: the city office's submission that the edition
    // froze it from (made through the API in this test: the one above, or demo-year's, which generates
    // every value of the year), as the submission itself records it.
    const [frozen] = (await call('GET', `/api/v1/exports?format=json&edition=${year}-1&orgUnit=511900`
      + '&indicator=grassroots.village_party_branches')).body.dataValues;
    const submission = (await call('GET', `/api/v1/submissions/${frozen.provenance.submission}`,
      { bearer: await login('reviewer') })).body;
    assert.equal(submission.submittedBy, 'clerk-511900');
    const figure = reader.page.locator('.figure[data-indicator="grassroots.village_party_branches"]').first();
    await figure.click();
    const tip = figure.locator('[role="tooltip"]');
    await tip.getByText(`所属版本${year}-1`).waitFor();
    const when = await reader.page.evaluate((iso) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }),
      submission.submittedAt);
    await tip.getByText(`clerk-511900 于 ${when} 报送（报送单 #${submission.id}）`).waitFor();
    assert.deepEqual(await seriousViolations(reader.page), [], 'published review with a tooltip open');
    assert.deepEqual(reader.errors, []);
  } finally {
    await reader.close();
  }
});

test('the reviews list and the editor fit a phone', async () => {
  const phone = await openBrowser(PHONE);
  try {
    await signInAt(phone.page, '/reviewing/reviews', 'reviewer');
    await phone.page.getByRole('heading', { name: '年度综述' }).waitFor();
    assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'reviews list');
    assert.deepEqual(await seriousViolations(phone.page), [], 'reviews list on a phone');
    await screenshot(phone.page, 'reviews-phone');
    await phone.page.goto(`${SPA_URL}/reviewing/reviews/${year}/edit`);
    await phone.page.locator('.state', { hasText: '已保存' }).waitFor();
    assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'editor');
    assert.deepEqual(await seriousViolations(phone.page), [], 'editor on a phone');
    await screenshot(phone.page, 'editor-phone');
  } finally {
    await phone.close();
  }
});
