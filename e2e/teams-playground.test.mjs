// Microsoft's own local Teams client, the Microsoft 365 Agents Playground, against a running Rapport:
// a personal chat driven in headless Chromium. Commands, a nudge card, a button press, the card updated.
//
//   RAPPORT_URL=http://localhost:3000 node --test e2e/teams-playground.test.mjs
//
// Rapport runs unauthenticated (no MICROSOFT_APP_ID) with a reciprocate delay of a few seconds. The
// Playground is started here (TEAMSAPPTESTER_BROWSER=none, channel msteams, telemetry off); the browser
// may only reach loopback. Screenshots go to e2e/screenshots/teams-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const RAPPORT = (process.env.RAPPORT_URL || 'http://localhost:3000').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CLI = fileURLToPath(new URL('./node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url));
const LOOPBACK = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

let playground;
let playgroundLog = '';
let browser;
let page;
const pageErrors = [];

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
  server.on('error', reject);
});

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  const port = await freePort();
  playground = spawn(process.execPath, [CLI, '--app-endpoint', `${RAPPORT}/api/messages`, '--channel-id', 'msteams',
    '--port', String(port), '--disable-telemetry'], { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Playground did not start:\n${playgroundLog}`)), 30_000);
    const read = (chunk) => {
      playgroundLog += chunk;
      if (/Listening on/.test(playgroundLog)) {
        clearTimeout(timer);
        resolve();
      }
    };
    playground.stdout.on('data', read);
    playground.stderr.on('data', read);
    playground.on('exit', (code) => reject(new Error(`the Playground exited (${code}):\n${playgroundLog}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // the Playground's page asks a CDN for fonts: nothing but loopback is reached from here
  await page.route('**/*', (route) => (LOOPBACK.test(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(`http://127.0.0.1:${port}/`);
});

after(async () => {
  await browser?.close();
  playground?.kill();
});

const shot = (name) => page.screenshot({ path: `${SHOTS}teams-${name}.png` });
const chat = () => page.locator('[data-lexical-editor="true"]');

/** Types into the compose box as a person would and waits for a bot message containing {@code expect}. */
async function say(text, expect) {
  const before = await page.getByText(expect, { exact: false }).count();
  await chat().click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([wanted, count]) => {
    const all = [...document.querySelectorAll('body *')].filter((e) => e.children.length === 0
      && e.textContent.includes(wanted));
    return all.length > count;
  }, [expect, before]);
}

test('a person talks to Rapport in a Teams personal chat and acts on a nudge card', async () => {
  await page.getByText('Personal Chat', { exact: true }).click();
  await say('add Acme tier key', 'Added Acme');
  await say('log acme thanks for the intro', 'Logged for Acme');
  await shot('1-commands');

  // the reciprocate nudge arrives proactively, as an Adaptive Card with its buttons
  const done = page.getByRole('button', { name: 'Done', exact: true });
  await done.last().waitFor({ timeout: 30_000 });
  await page.getByText('Reciprocate: Acme').last().scrollIntoViewIfNeeded();
  for (const label of ['Snooze 1h', 'Reassign', 'Log reply']) {
    assert.ok(await page.getByRole('button', { name: label, exact: true }).count() > 0, `${label} button`);
  }
  await shot('2-nudge-card');

  await done.last().click();
  // the card is replaced in place: it says who did what, and its buttons are gone
  await page.getByText(/Done by /).last().waitFor();
  assert.equal(await done.count(), 0, 'no Done button once the nudge was acted on');
  await shot('3-card-updated');

  await say('mine', 'Nothing is waiting for you');
  await shot('4-mine');
  assert.deepEqual(pageErrors, []);
});
