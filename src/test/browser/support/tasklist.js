// Tasklist in Debian's headless Chromium (playwright-core: it downloads no browser of its own).
// Each test signs in as a demo user in a fresh browser context; a failing step leaves a
// screenshot under target/browser-tests/failures, and shot() keeps pictures of what was built.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { BASE, PASSWORD } = require('./rest');

const TASKLIST = `${BASE}/camunda/app/tasklist/default/`;
const OUT = process.env.BROWSER_TEST_OUT || path.resolve(__dirname, '../../../../target/browser-tests');
const FAILURES = path.join(OUT, 'failures');
const SHOTS = path.join(OUT, 'screenshots');

/** The flags a root process on a closed network needs: no sandbox, no background connections. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser = null;

async function launch() {
  if (!browser) {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    });
  }
  return browser;
}

async function closeBrowser() {
  if (browser) {
    await browser.close();
    browser = null;
  }
}

/** A page signed in to Tasklist as user, in Swedish and Stockholm time. */
async function signIn(user) {
  const context = await (await launch()).newContext({
    viewport: { width: 1400, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm'
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(TASKLIST);
    await fillCredentials(page, user);
    await page.click('button[type=submit]');
    await page.waitForSelector('.task-filter', { timeout: 60000 });
  } catch (error) {
    fs.mkdirSync(FAILURES, { recursive: true });
    await page.screenshot({ path: path.join(FAILURES, fileName(`sign-in-${user}`)), fullPage: true }).catch(() => {});
    await context.close().catch(() => {});
    throw new Error(`${user} could not sign in to Tasklist: ${error.message} ${problems.join('; ')}`);
  }
  return { page, context, user, problems };
}

/**
 * Types the user name and password, and checks that each field holds what was typed: on a busy
 * machine the login page was seen taking focus back while it bootstrapped, so that the password
 * ended up in the user name field ("beritdemo"). Tried three times at most.
 */
async function fillCredentials(page, user) {
  const username = page.locator('input[ng-model="username"]');
  const password = page.locator('input[ng-model="password"]');
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await password.fill(PASSWORD);
    if (await username.inputValue() === user && await password.inputValue() === PASSWORD) {
      return;
    }
    if (attempt === 3) {
      throw new Error('the login fields did not keep what was typed');
    }
    await page.waitForTimeout(500);
  }
}

function fileName(name) {
  return name.replace(/[^a-zA-Z0-9åäöÅÄÖ_-]+/g, '-').slice(0, 120) + '.png';
}

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, fileName(name)), fullPage: true });
}

/**
 * Runs a test's steps on signed-in pages; when a step throws, every page is photographed under
 * target/browser-tests/failures before the error goes on, and the pages are closed either way.
 */
async function asUsers(testName, users, steps) {
  const sessions = {};
  try {
    for (const user of users) {
      sessions[user] = await signIn(user);
    }
    await steps(sessions);
  } catch (error) {
    fs.mkdirSync(FAILURES, { recursive: true });
    for (const [user, session] of Object.entries(sessions)) {
      await session.page.screenshot({ path: path.join(FAILURES, fileName(`${testName}-${user}`)), fullPage: true })
        .catch(() => {});
    }
    throw error;
  } finally {
    for (const session of Object.values(sessions)) {
      await session.context.close().catch(() => {});
    }
  }
}

/** Opens a task in Tasklist by its id and waits until its details show. */
async function openTask(page, taskId, tab) {
  await page.goto(`${TASKLIST}#/?task=${taskId}${tab ? `&detailsTab=${tab}` : ''}`);
  await page.waitForSelector('.task-details, [cam-tasklist-task]', { timeout: 30000 });
}

module.exports = { TASKLIST, OUT, launch, closeBrowser, signIn, shot, asUsers, openTask };
