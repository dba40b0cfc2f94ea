// Drives Rapport's local web chat in headless Chromium the way a person would.
//
//   RAPPORT_URL=http://localhost:3000 node --test e2e/webchat.test.mjs
//
// The server under test runs with a rulebook whose reciprocate delay is a few seconds.
// Screenshots go to e2e/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.RAPPORT_URL || 'http://localhost:3000').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const NUDGE_WAIT_MS = 30_000;

let browser;
let page;
const pageErrors = [];

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Uncaught/i.test(message.text())) {
      pageErrors.push(`console: ${message.text()}`);
    }
  });
  await page.goto(`${BASE}/`);
  await peopleLoaded();
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: `${SHOTS}${name}.png` });

async function peopleLoaded() {
  await page.waitForFunction(() => {
    const first = document.querySelector('#as option');
    return first && !/loading/i.test(first.textContent);
  });
}

/** Picks a person under "You are", adding them through the sidebar form when the server lacks them. */
async function beAs(id, name, role) {
  if (await page.locator(`#as option[value="${id}"]`).count() === 0) {
    if (!(await page.locator('#add-person').evaluate((details) => details.open))) {
      await page.click('#add-person summary');
    }
    await page.fill('#person-name', name);
    await page.selectOption('#person-role', role);
    await page.click('#person-form button[type="submit"]');
    await page.locator(`#as option[value="${id}"]`).waitFor({ state: 'attached' });
  }
  await page.selectOption('#as', id);
  assert.equal(await page.inputValue('#as'), id);
}

async function openDm() {
  await page.click('#nav-dm');
  await page.locator('#nav-dm.active').waitFor();
}

async function type(text) {
  await page.fill('#composer-input', text);
  await page.press('#composer-input', 'Enter');
}

/** Types a command in the DM; returns the typed line and the card that answers it (right after the line). */
async function command(text) {
  await type(text);
  const line = page.locator('#timeline .msg:not(.msg-bot)').filter({ has: page.locator('.msg-text', { hasText: text }) }).last();
  await line.waitFor();
  assert.equal(await line.locator('.msg-text').textContent(), text, 'the typed line shows exactly what was typed');
  const answer = line.locator('xpath=following-sibling::div[contains(concat(" ", @class, " "), " msg-bot ")][1]');
  await answer.waitFor();
  const problem = answer.locator('.error-line');
  if (await problem.count()) assert.fail(`"${text}" answered with an error: ${await problem.textContent()}`);
  const card = answer.locator('.card').first();
  await card.waitFor();
  return { line, card };
}

/** Open Reciprocate nudges (they still have a Done button) within `scope`, leaving out the ids in `known`. */
const openReciprocate = (scope, known = []) => scope
  .locator(`.card${known.map((id) => `:not([data-message-id="${id}"])`).join('')}`)
  .filter({ has: page.locator('.card-title', { hasText: /reciprocate/i }) })
  .filter({ has: page.getByRole('button', { name: 'Done', exact: true }) });

test('a teammate adds a customer, logs thanks, and closes the reciprocate nudge that arrives', { timeout: 120_000 }, async () => {
  await beAs('alex', 'Alex', 'teammate');
  await openDm();
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.as')), 'alex', 'the choice is remembered');
  await page.locator('.intro .chip', { hasText: 'add Acme tier key owner @alex' }).waitFor();
  await shot('01-dm-welcome');

  const added = await command('add Acme tier key owner @alex');
  assert.match(await added.card.textContent(), /acme/i, 'the confirmation names the customer');

  const logged = await command('log acme thanks for the intro');
  assert.match(await logged.card.textContent(), /acme|thank/i, 'the confirmation says what was logged');
  await shot('02-dm-confirmations');

  // The nudge this thanks starts arrives after the command (older open nudges, if any, sit above it).
  const nudge = openReciprocate(logged.line.locator('xpath=following-sibling::div')).first();
  await nudge.waitFor({ timeout: NUDGE_WAIT_MS });
  const messageId = await nudge.getAttribute('data-message-id');
  assert.ok(messageId, 'a nudge card carries its message id');
  assert.ok(await nudge.getByRole('button', { name: /snooze/i }).count() >= 1, 'the nudge can be snoozed');
  await nudge.scrollIntoViewIfNeeded();
  await shot('03-dm-nudge');

  await nudge.getByRole('button', { name: 'Done', exact: true }).click();
  const updated = page.locator(`#timeline .card[data-message-id="${messageId}"]`);
  await updated.locator('.card-context', { hasText: /done/i }).waitFor();
  assert.equal(await updated.locator('button').count(), 0, 'a nudge acted on has no buttons left');
  assert.equal(await page.locator(`#timeline .card[data-message-id="${messageId}"]`).count(), 1,
    'the updated card replaced the original instead of being added');
  await shot('04-dm-done');

  await page.reload();
  await peopleLoaded();
  assert.equal(await page.inputValue('#as'), 'alex', '"You are" survives a reload');
  // the conversation survives too: what Alex typed, Rapport's answers, and the nudge as it was left
  const timeline = page.locator('#timeline');
  await timeline.locator('.msg-text', { hasText: 'log acme thanks for the intro' }).first().waitFor();
  assert.equal(await timeline.locator('.msg-text', { hasText: 'log acme thanks for the intro' }).count(), 1,
    'each typed line once');
  await timeline.locator('.card', { hasText: 'Logged for Acme' }).first().waitFor();
  const settled = timeline.locator(`.card[data-message-id="${messageId}"]`);
  await settled.locator('.card-context', { hasText: /done by alex/i }).waitFor();
  assert.equal(await settled.locator('button').count(), 0, 'the nudge is still shown as done, without buttons');
  await shot('04b-dm-after-reload');
});

test('what a user types is shown literally, never as markup', { timeout: 60_000 }, async () => {
  await beAs('alex', 'Alex', 'teammate');
  await openDm();
  await command('<b>bold</b>');
  assert.equal(await page.locator('#timeline b, #timeline script').count(), 0, 'no element came from the typed text');
  await shot('05-dm-literal-markup');
});

test('in a shared channel a command answers privately and messages reach everyone', { timeout: 120_000 }, async () => {
  await beAs('alex', 'Alex', 'teammate');
  await openDm();
  const earlier = await openReciprocate(page.locator('#timeline')).evaluateAll((cards) => cards.map((c) => c.dataset.messageId));
  await beAs('sam', 'Sam', 'teammate');
  await beAs('dana', 'Dana', 'customer');
  await beAs('alex', 'Alex', 'teammate');

  const link = page.locator('#channel-list .channel-link', { hasText: 'acme-shared' });
  if (await link.count() === 0) {
    await page.fill('#channel-name', 'acme-shared');
    await page.press('#channel-name', 'Enter');
  } else {
    await link.first().click();
  }
  await page.locator('#channel-list .channel-link.active', { hasText: 'acme-shared' }).waitFor();
  assert.match(await page.textContent('#conv-title'), /acme-shared/);

  await type('@Rapport link acme');
  const whisper = page.locator('#timeline .whisper').last();
  await whisper.locator('.only-you').waitFor();
  assert.match(await whisper.locator('.card').first().textContent(), /acme/i);
  await page.locator('#channel-list .channel-link', { hasText: 'acme-shared' }).locator('.nav-customer', { hasText: /acme/i })
    .waitFor({ timeout: 10_000 });

  await beAs('dana', 'Dana', 'customer');
  assert.equal(await page.locator('#timeline .whisper').count(), 0, "Alex's private answer is not shown to Dana");
  const thanks = 'Thanks so much for the quick fix, Alex!';
  const thanked = page.locator('#timeline .msg', { hasText: thanks });
  const before = await thanked.count();
  await type(thanks);
  await thanked.nth(before).locator('.msg-author', { hasText: 'Dana' }).waitFor();

  await beAs('alex', 'Alex', 'teammate');
  await thanked.nth(before).waitFor();
  await shot('06-channel');

  // Dana's thanks is an inbound gesture: a reciprocate nudge reaches Alex while Alex is in the channel.
  await page.locator('#dm-badge:not([hidden])').waitFor({ timeout: NUDGE_WAIT_MS });
  await shot('07-channel-unread-badge');
  await openDm();
  assert.equal(await page.locator('#dm-badge').isHidden(), true, 'opening the DM clears the badge');

  const nudge = openReciprocate(page.locator('#timeline'), earlier).first();
  await nudge.waitFor();
  const messageId = await nudge.getAttribute('data-message-id');
  await nudge.locator('.picker select').selectOption('sam');
  await nudge.locator('.picker button').click();
  const updated = page.locator(`#timeline .card[data-message-id="${messageId}"]`);
  await updated.locator('.card-context', { hasText: /sam/i }).waitFor();
  assert.equal(await updated.locator('button').count(), 0, 'a reassigned nudge has no buttons left for Alex');
  await shot('08-dm-reassigned');
});

test('an error from the API is shown where it happened, not swallowed', { timeout: 60_000 }, async () => {
  const refuse = (status, error) => (route) => route.fulfill({
    status, contentType: 'application/json', body: JSON.stringify({ error }),
  });
  await beAs('alex', 'Alex', 'teammate');
  await openDm();

  await page.route('**/api/chat/say', refuse(503, 'Rapport is busy, try again in a moment.'), { times: 1 });
  await type('mine');
  const line = page.locator('#timeline .msg:not(.msg-bot)').filter({ hasText: 'mine' }).last();
  await line.locator('xpath=following-sibling::div[1]').locator('.error-line', { hasText: 'Rapport is busy' }).waitFor();

  await page.route('**/api/chat/channels', refuse(409, '#acme-shared already exists.'), { times: 1 });
  await page.fill('#channel-name', 'acme-shared');
  await page.press('#channel-name', 'Enter');
  await page.locator('#channel-error', { hasText: 'already exists' }).waitFor();
  await shot('09-errors-inline');
  await page.fill('#channel-name', '');
});

test('the page raised no script error or policy violation', () => {
  assert.deepEqual(pageErrors, []);
});
