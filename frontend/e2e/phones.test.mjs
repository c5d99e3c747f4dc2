// Every route, for a reader, a county clerk and a city reviewer, on a 390 px phone: no page is wider than
// the screen (document.documentElement.scrollWidth ≤ innerWidth), in Chinese and, for the public pages,
// in English. Each route is a test of its own, so one run names every offender, with the elements that
// stick out. Screens of this helper's own (dashboard, exports, not found, forbidden) are checked by axe-core too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openBrowser, PHONE, screenshot, seriousViolations, signInAt, SPA_URL } from './support.mjs';

const PUBLIC = ['/', '/reviews/2021', '/dashboard', '/exports', '/forbidden', '/no-such-page'];
const AXE = new Set(['/dashboard', '/exports', '/forbidden', '/no-such-page']);

/** Opens a route and waits until its page has drawn (its heading or its text, and no request left running). */
async function open(page, path) {
  await page.goto(SPA_URL + path);
  await page.waitForLoadState('networkidle');
  await page.locator('main h1, main article, main [role="alert"], main .status').first().waitFor({ timeout: 20_000 });
  // Charts are lazy: give them a moment to lay out.
  await page.waitForTimeout(300);
}

/** How far the page is wider than the screen, and the outermost elements that stick out past its right edge. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const over = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0 && !over.some((o) => o.el.contains(el))) {
        // An element inside a box that scrolls (or clips) on its own does not widen the page.
        let clipped = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 0.5) clipped = true;
        }
        if (!clipped) over.push({ el, right: Math.round(box.right) });
      }
    }
    const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
      + [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      offenders: over.slice(0, 5).map((o) => `${name(o.el)} (right edge ${o.right}px)`),
    };
  });
}

async function checkRoute(browser, path, label) {
  const { page } = browser;
  await open(page, path);
  const { scrollWidth, innerWidth, offenders } = await overflow(page);
  if (scrollWidth > innerWidth) await screenshot(page, `phone-${label}`);
  assert.ok(scrollWidth <= innerWidth,
    `${path} is ${scrollWidth}px wide on a ${innerWidth}px screen; sticking out: ${offenders.join(', ') || '(none found)'}`);
  if (AXE.has(path.replace(/\?.*/, ''))) assert.deepEqual(await seriousViolations(page), [], `axe on ${path}`);
}

describe('a reader on a phone', () => {
  let browser;
  before(async () => {
    browser = await openBrowser(PHONE);
  });
  after(() => browser?.close());
  for (const path of PUBLIC) test(`${path} fits 390 px`, () => checkRoute(browser, path, `reader${path.replaceAll('/', '-')}`));
  test('in English, the public pages fit too', async () => {
    await browser.page.evaluate(() => localStorage.setItem('zongshu.locale', 'en'));
    const wide = [];
    for (const path of PUBLIC) {
      await open(browser.page, path);
      const { scrollWidth, innerWidth, offenders } = await overflow(browser.page);
      if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth}px (${offenders.join(', ')})`);
    }
    await browser.page.evaluate(() => localStorage.removeItem('zongshu.locale'));
    assert.deepEqual(wide, []);
  });
});

describe('a county clerk on a phone', () => {
  let browser;
  let form;
  before(async () => {
    browser = await openBrowser(PHONE);
    await signInAt(browser.page, '/submissions', 'clerk-511923');
    await browser.page.locator('main h1').waitFor();
    // The clerk's form of 2022: started here when there is none yet (a draft, nothing submitted).
    const row = browser.page.locator('.periods li', { hasText: '2022' });
    await row.getByRole('button').or(row.getByRole('link')).first().waitFor();
    const start = row.getByRole('button', { name: '开始填报' });
    await (await start.count() ? start : row.getByRole('link', { name: '继续填报' })).click();
    await browser.page.waitForURL(/\/submissions\/\d+$/);
    form = new URL(browser.page.url()).pathname;
  });
  after(() => browser?.close());
  test('/submissions fits 390 px', () => checkRoute(browser, '/submissions', 'clerk-submissions'));
  test('/submissions/{id} (the form) fits 390 px', () => checkRoute(browser, form, 'clerk-form'));
  // The public pages differ by role only in the header (more links, the user's name): one of them shows it.
  test('/ (the header of a signed-in clerk) fits 390 px', () => checkRoute(browser, '/', 'clerk-home'));
});

describe('a city reviewer on a phone', () => {
  let browser;
  let decision;
  before(async () => {
    browser = await openBrowser(PHONE);
    await signInAt(browser.page, '/reviewing', 'reviewer');
    await browser.page.locator('main h1').waitFor();
    await browser.page.waitForLoadState('networkidle');
    // A submission from the queue when there is one; else the decision page of one that is not waiting.
    const link = browser.page.getByRole('link', { name: /^审核 #\d+$/ }).first();
    decision = (await link.count()) ? new URL(await link.getAttribute('href'), SPA_URL).pathname : '/reviewing/submissions/1';
  });
  after(() => browser?.close());
  for (const path of ['/reviewing', '/reviewing/reconciliation', '/reviewing/editions', '/']) {
    test(`${path} fits 390 px`, () => checkRoute(browser, path, `reviewer${path.replaceAll('/', '-')}`));
  }
  test('/reviewing/submissions/{id} (the decision) fits 390 px', () => checkRoute(browser, decision, 'reviewer-decision'));
});
