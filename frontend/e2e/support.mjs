// Shared by the browser tests: Debian's chromium driven by playwright-core, Keycloak's own login page,
// axe-core, and screenshots kept in e2e/output/ for people to look at.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const SPA_URL = process.env.SPA_URL ?? 'http://localhost:5180';
export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:18088';
export const OUTPUT = new URL('./output/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(OUTPUT, { recursive: true });

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A browser of its own (fresh profile: no cookies, no Keycloak session). Close it with close(). */
export async function openBrowser(viewport = DESKTOP) {
  const profile = mkdtempSync(join(tmpdir(), 'zongshu-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The SPA runs under its Content-Security-Policy: anything it refuses is an error of the page.
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The review's sections are drawn one per task after the page (ReviewArticle): waits until the last one is. */
export function reviewDrawn(page) {
  return page.waitForSelector('article.review[aria-busy="false"]');
}

/** Opens a page that needs a role: the SPA sends us to Keycloak's login page, we sign in there. */
export async function signInAt(page, path, username, password = 'zongshu-demo') {
  await page.goto(SPA_URL + path);
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(SPA_URL) && !url.pathname.startsWith('/auth/'), { timeout: 30_000 });
}

export async function screenshot(page, name) {
  const file = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations on the page as it is now (axe-core, WCAG 2.1 A/AA). */
export async function seriousViolations(page) {
  // Let entering toasts and dialogs finish fading in: half-transparent text would fail contrast only mid-way.
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined))));
  // A toast leaves on its own timer (3 s): begun while axe runs, its fading text reads as low contrast.
  await page.waitForFunction(() => !document.querySelector('.el-message'));
  // Evaluated through the DevTools protocol: the SPA's CSP (script-src 'self') rightly refuses a script tag.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export async function api(path, init) {
  const response = await fetch(API_URL + path, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}
