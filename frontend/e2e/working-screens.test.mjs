// The working screens protect what people type and help them decide (issue 15). A clerk of 通江县 (511921)
// fills the 2022 form: a refused value leaves the others saved; leaving with unsaved values asks (another
// page of the SPA, and a reload); after the reload the values kept in the browser are offered back; the
// template downloads; submitting shows a summary first. The reviewer, on a 390 px phone, decides on it with
// the change rule stated, approves after a summary and then sees what was approved against what it replaced;
// reconciliation on the phone has its counts on top and missing counties that expand.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, openBrowser, PHONE, screenshot, seriousViolations, signInAt, SPA_URL } from './support.mjs';

const PERIOD = '2022';
const CLASSES = '举办读书班、主体班、进修班、研讨班等培训班次（期）'; // theory.training_classes, a count
const BRANCHES = '标准化设置村级党支部（个）'; // grassroots.village_party_branches, a count
const APARTMENTS = '新装修人才公寓（套）'; // talent.talent_apartments_renovated, a count
// Generated test values, this run's own, each unlike the one approved now (a rerun still changes them); not real figures.
let classes = 10 + (Date.now() % 80);
let branches = 100 + (Date.now() % 300);
let apartments = 1 + (Date.now() % 50);
/** What 通江县 has approved for 2022 before this run (a rerun finds the last run's values). */
let approvedBefore;

let clerk;
let submissionId;
/** What the draft held for the apartments when the test opened it (a draft left by a failed run may hold one). */
let storedApartments;
before(async () => {
  const { items } = await (await api(`/api/v1/metrics?period=${PERIOD}&orgUnit=511921&limit=1000`)).json();
  approvedBefore = new Map(items.map((m) => [m.indicator, m.value]));
  const unlike = (code, value) => (approvedBefore.get(code) === value ? value + 1 : value);
  classes = unlike('theory.training_classes', classes);
  branches = unlike('grassroots.village_party_branches', branches);
  apartments = unlike('talent.talent_apartments_renovated', apartments);
  clerk = await openBrowser();
});
const wasApproved = (code, unit) => (approvedBefore.has(code) ? `${approvedBefore.get(code)}${unit}` : null);
const newOnes = () => ['theory.training_classes', 'grassroots.village_party_branches', 'talent.talent_apartments_renovated']
  .filter((code) => !approvedBefore.has(code)).length;
after(() => clerk?.close());

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a refused value is held back and the valid one is saved', async () => {
  const { page } = clerk;
  await signInAt(page, '/submissions', 'clerk-511921');
  const row = page.locator('.periods li', { hasText: PERIOD });
  await row.waitFor();
  const start = row.getByRole('button', { name: '开始填报' });
  await (await start.count() ? start : row.getByRole('link', { name: '继续填报' })).click();
  await page.waitForURL(/\/submissions\/\d+$/);
  submissionId = Number(new URL(page.url()).pathname.split('/').at(-1));
  await page.getByLabel(CLASSES).waitFor();

  // The review's order: its first section (theory) comes first, and 2021's value stands beside each field.
  assert.match(await page.locator('form.values h2').first().innerText(), /理论武装 · 坚持凝心铸魂/);
  assert.match(await page.locator('tr[data-indicator="theory.training_classes"] .last-year').innerText(), /^上年（2021）/);

  storedApartments = await page.getByLabel(APARTMENTS).inputValue();
  await page.getByLabel(CLASSES).fill(String(classes));
  await page.getByLabel(BRANCHES).fill('12.5');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('已保存 1 项；1 项未保存').waitFor();
  const refused = page.locator('tr[data-indicator="grassroots.village_party_branches"]');
  assert.match(await refused.getAttribute('class'), /invalid/);
  assert.equal(await page.getByLabel(BRANCHES).inputValue(), '12.5', 'the refused value stays in the form');
  assert.match(await page.locator('.actions').innerText(), /1 项未保存（已暂存在本机）/);
  assert.deepEqual(await seriousViolations(page), [], 'form with a refused value');
  await screenshot(page, 'form-partly-saved');
});

test('leaving for another page with unsaved values asks first', async () => {
  const { page } = clerk;
  await page.getByLabel(APARTMENTS).fill(String(apartments));
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据看板' }).click();
  const box = page.locator('.el-message-box', { hasText: '有未保存的数值' });
  await box.waitFor();
  assert.match(await box.innerText(), /有 2 项数值尚未保存/);
  await box.getByRole('button', { name: '留在本页' }).click();
  await box.waitFor({ state: 'hidden' });
  assert.match(page.url(), new RegExp(`/submissions/${submissionId}$`), 'still on the form');
  assert.equal(await page.getByLabel(APARTMENTS).inputValue(), String(apartments));
});

test('a reload asks first, and afterwards the values kept in the browser are offered back', async () => {
  const { page } = clerk;
  const asked = [];
  const answer = (dialog) => {
    asked.push(dialog.type());
    return dialog.accept();
  };
  page.on('dialog', answer);
  await page.reload();
  page.off('dialog', answer);
  assert.deepEqual(asked, ['beforeunload'], 'the browser asked before reloading');

  const offer = page.locator('.offer');
  await offer.getByText('本机有 2 项未保存的数值').waitFor();
  // What the server holds: the saved value; the others only in the browser.
  assert.equal(await page.getByLabel(CLASSES).inputValue(), String(classes));
  assert.equal(await page.getByLabel(APARTMENTS).inputValue(), storedApartments);
  assert.deepEqual(await seriousViolations(page), [], 'form offering the local copy');
  await screenshot(page, 'form-local-copy-offered');
  await offer.getByRole('button', { name: '恢复这些数值' }).click();
  assert.equal(await page.getByLabel(APARTMENTS).inputValue(), String(apartments));
  assert.equal(await page.getByLabel(BRANCHES).inputValue(), '12.5');
  await page.getByText('计数指标应为整数').waitFor();
});

test('with every value fixed and saved, submitting shows a summary first', async () => {
  const { page } = clerk;
  await page.getByLabel(BRANCHES).fill(String(branches));
  await page.getByLabel(BRANCHES).press('Tab');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();
  assert.equal(await page.locator('.actions .unsaved-count').count(), 0, 'nothing left unsaved');

  await page.getByRole('button', { name: '提交审核' }).click();
  const box = page.locator('.el-message-box', { hasText: '提交审核前请确认' });
  await box.waitFor();
  const summary = await box.innerText();
  assert.match(summary, /已填 3 项，未填 \d+ 项；与现行批准值相比变化 3 项/);
  const before = wasApproved('talent.talent_apartments_renovated', '套') ?? '（无）';
  assert.ok(summary.includes(`新装修人才公寓：${before} → ${apartments}套`), summary);
  assert.deepEqual(await seriousViolations(page), [], 'submit summary');
  await screenshot(page, 'form-submit-summary');
  await box.getByRole('button', { name: '提交审核' }).click();
  await page.locator('h1 .el-tag', { hasText: '待审核' }).waitFor();
  // Submitted and stored: leaving no longer asks, and no copy is offered again.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据填报' }).click();
  await page.waitForURL(/\/submissions$/);
});

test('the unit’s template downloads, and a file’s problems come in the interface language by spreadsheet row', async () => {
  const { page } = clerk;
  await page.getByRole('button', { name: `下载 ${PERIOD} 年度填报模板（CSV）` }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `下载 ${PERIOD} 年度填报模板（CSV）` }).click(),
  ]);
  const lines = (await (await download.createReadStream()).toArray()).join('').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'indicator,name,unit,orgUnit,period,value,qualifier,comment');
  assert.ok(lines.length > 50, `a row per indicator: ${lines.length - 1}`);
  assert.match(lines[1], /^theory\./, 'in the review’s order');
  assert.ok(lines.slice(1).every((l) => l.includes(`,511921,${PERIOD},,,`)), 'for the unit and year, values to fill in');

  assert.equal(await page.locator('label[for="value-file"]').innerText(), '选择文件…', 'the file button speaks Chinese');
  const filled = [lines[0], lines[1].replace(`,511921,${PERIOD},,,`, `,511921,${PERIOD},-3,,`), '', lines[2]];
  await page.setInputFiles('input[type=file]', { name: 'template.csv', mimeType: 'text/csv', buffer: Buffer.from(filled.join('\r\n')) });
  const problem = page.locator('table.problems tbody tr');
  await problem.first().waitFor();
  const [row, field, message] = await problem.first().locator('td').allInnerTexts();
  assert.deepEqual([row, field], ['2', 'value']);
  assert.match(message, /应在 0 到 100000000 之间/);
  assert.deepEqual(await seriousViolations(page), [], 'upload with a problem');
  assert.deepEqual(clerk.errors, []);
});

test('the reviewer decides on a phone: the rule stated, approval after a summary, then what it replaced', async () => {
  const phone = await openBrowser(PHONE);
  try {
    const { page } = phone;
    await signInAt(page, `/reviewing/submissions/${submissionId}`, 'reviewer');
    const row = page.locator('tr[data-indicator="talent.talent_apartments_renovated"]');
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`${apartments}套`));
    await page.getByText('“变化大”的规则：与上年批准值相比增减 30% 或以上').waitFor();
    assert.match(await page.locator('.counts').innerText(), /3 项数值：3 项与现行批准值不同/);
    assert.equal(await page.locator('tr.changed').count(), 3, 'only the changed rows are shaded');
    await page.getByText(/^未填的指标（\d+）$/).click();
    assert.ok(await page.locator('details.empty li').count() > 50, 'the empty indicators are listed');
    assert.ok(await overflow(page) <= 0, `the decision page is ${await overflow(page)}px wider than the phone`);
    assert.deepEqual(await seriousViolations(page), [], 'decision page on a phone');
    await screenshot(page, 'decision-phone');

    await page.getByRole('button', { name: '批准' }).click();
    const box = page.locator('.el-message-box', { hasText: '批准此填报？' });
    await box.waitFor();
    assert.match(await box.innerText(), new RegExp(`3 项数值将成为批准值：原无批准值 ${newOnes()} 项，替换现行批准值 ${3 - newOnes()} 项`));
    await box.getByRole('button', { name: '批准' }).click();
    const approval = page.locator('section.approval');
    await approval.getByText('批准结果：批准的数值与被替换的值').waitFor();
    const replaced = wasApproved('talent.talent_apartments_renovated', '套') ?? '原无批准值';
    assert.match(await approval.locator('tr', { hasText: '新装修人才公寓' }).innerText(), new RegExp(`${apartments}套[\\s\\S]*${replaced}`));
    assert.ok(await overflow(page) <= 0, 'the approved page fits the phone');
    assert.deepEqual(await seriousViolations(page), [], 'approved submission on a phone');
    await screenshot(page, 'decision-approved-phone');

    await page.goto(`${SPA_URL}/reviewing/reconciliation?period=${PERIOD}`);
    const counts = page.locator('ul.counts');
    await counts.waitFor();
    const line = page.locator('tr[data-indicator="talent.talent_apartments_renovated"]');
    await line.waitFor();
    const missing = line.locator('details summary');
    if (await missing.count()) {
      assert.match(await missing.innerText(), /^\d\/7 未报$/);
      await missing.click();
      assert.equal((await line.locator('details li').allInnerTexts()).includes('通江县'), false, '通江县 has reported');
    }
    assert.ok(await overflow(page) <= 0, `reconciliation is ${await overflow(page)}px wider than the phone`);
    assert.deepEqual(await seriousViolations(page), [], 'reconciliation on a phone');
    await screenshot(page, 'reconciliation-phone');

    // The same screens in English, still fitting the phone.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^\d+ indicators without data/).waitFor();
    assert.ok(await overflow(page) <= 0, 'reconciliation in English fits the phone');
    await page.goto(`${SPA_URL}/reviewing/submissions/${submissionId}`);
    await page.getByText('Approved: the values approved and what they replaced').waitFor();
    await page.getByText('Rule for “large change”: 30 % or more').waitFor();
    assert.ok(await overflow(page) <= 0, 'the decision page in English fits the phone');
    assert.deepEqual(await seriousViolations(page), [], 'decision page in English');
    await screenshot(page, 'decision-phone-en');
    assert.deepEqual(phone.errors, []);
  } finally {
    await phone.close();
  }
});
