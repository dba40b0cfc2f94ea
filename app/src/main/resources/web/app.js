// Rapport's local web chat: pick who you are, talk to the bot in a DM, play a shared channel.
// State lives in the server; this page keeps only what the API does not give back
// (your own lines in the DM, private answers in channels) in memory.
import { el, renderCard, initials, colourSlot, clock } from './cards.js';

const POLL_MS = 1500;
const STATE_EVERY_TICKS = 4;
const COMMAND = /^(@rapport|\/rapport)(\s|$)/i;

const $ = (id) => document.getElementById(id);
const ui = {
  as: $('as'),
  workspaceSub: $('workspace-sub'),
  addPerson: $('add-person'),
  personForm: $('person-form'),
  personName: $('person-name'),
  personRole: $('person-role'),
  personError: $('person-error'),
  navDm: $('nav-dm'),
  dmBadge: $('dm-badge'),
  channelList: $('channel-list'),
  channelsEmpty: $('channels-empty'),
  channelForm: $('channel-form'),
  channelName: $('channel-name'),
  channelError: $('channel-error'),
  title: $('conv-title'),
  pill: $('conv-pill'),
  sub: $('conv-sub'),
  banner: $('banner'),
  timeline: $('timeline'),
  composer: $('composer'),
  input: $('composer-input'),
  send: $('send'),
  hint: $('composer-hint'),
};

const saved = {
  get(key) {
    try { return localStorage.getItem(key) || ''; } catch { return ''; }
  },
  set(key, value) {
    try {
      if (value) localStorage.setItem(key, value); else localStorage.removeItem(key);
    } catch { /* storage disabled: the choice lasts for this page only */ }
  },
};

const app = {
  state: { workspace: '', people: [], channels: [], customers: [] },
  loaded: false,
  me: saved.get('rapport.as'),
  view: saved.get('rapport.view') || 'dm',
  dms: new Map(), // personId -> {entries, seq, unread}
  channels: new Map(), // channelId -> {messages}
  whispers: new Map(), // "personId|channelId" -> [{key, anchor, command, cards, error, at}]
};

let keys = 0;
const nextKey = (prefix) => `${prefix}${++keys}`;

// ---------------------------------------------------------------- API

class ApiError extends Error {}

async function api(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
  } catch {
    throw new ApiError("Can't reach Rapport (network error).");
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!response.ok) {
    const message = data && typeof data.error === 'string' && data.error
      ? data.error
      : `Rapport answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError(message);
  }
  if (data === null || typeof data !== 'object') throw new ApiError('Rapport answered with something that is not JSON.');
  return data;
}

const enc = encodeURIComponent;

// ---------------------------------------------------------------- model helpers

const person = (id) => app.state.people.find((p) => p.id === id);
const channel = (id) => app.state.channels.find((c) => c.id === id);
const teammates = () => app.state.people.filter((p) => p.role === 'teammate');
const meName = () => person(app.me)?.name || app.me;

function dmOf(personId) {
  if (!app.dms.has(personId)) app.dms.set(personId, { entries: [], seq: 0, unread: 0 });
  return app.dms.get(personId);
}

function channelOf(channelId) {
  if (!app.channels.has(channelId)) app.channels.set(channelId, { messages: [] });
  return app.channels.get(channelId);
}

function whispersOf(personId, channelId) {
  const key = `${personId}|${channelId}`;
  if (!app.whispers.has(key)) app.whispers.set(key, []);
  return app.whispers.get(key);
}

/** Adds or replaces (same messageId) a bot card in a DM; true when it is new. */
function upsertCard(dm, messageId, card, at, nudge = false) {
  const existing = messageId && dm.entries.find((e) => e.type === 'bot' && e.messageId === messageId);
  if (existing) {
    existing.card = card;
    existing.error = null;
    return false;
  }
  dm.entries.push({ key: nextKey('m'), type: 'bot', messageId, card, nudge, at: at ?? Date.now() });
  return true;
}

/**
 * A line the person typed, as the server kept it. The line shown while the answer was on its way is the same
 * line: it takes the server's id instead of appearing twice.
 */
function upsertUserLine(dm, messageId, text, at) {
  if (dm.entries.some((e) => e.type === 'user' && e.messageId === messageId)) return;
  const pending = dm.entries.find((e) => e.type === 'user' && !e.messageId && e.text === text);
  if (pending) {
    pending.messageId = messageId;
    return;
  }
  dm.entries.push({ key: nextKey('u'), type: 'user', messageId, author: app.me, text, at: at ?? Date.now() });
}

function addDmReplies(dm, replies) {
  for (const reply of replies || []) upsertCard(dm, reply.messageId, reply.card);
}

function mergeMessages(chan, incoming) {
  const known = new Set(incoming.map((m) => m.id));
  chan.messages = [...incoming, ...chan.messages.filter((m) => !known.has(m.id))];
}

const isActionable = (card) => Array.isArray(card?.actions) && card.actions.length > 0;

// ---------------------------------------------------------------- loading and polling

async function loadState() {
  const state = await api('GET', 'api/chat/state');
  app.state = {
    workspace: state.workspace || '',
    people: Array.isArray(state.people) ? state.people : [],
    channels: Array.isArray(state.channels) ? state.channels : [],
    customers: Array.isArray(state.customers) ? state.customers : [],
  };
  const first = !app.loaded;
  app.loaded = true;
  if (app.me && !person(app.me)) setMe('');
  if (app.view !== 'dm' && !channel(app.view)) setView('dm');
  render();
  if (first) {
    renderTimeline(true);
    if (app.me) pollInbox().catch((e) => setBanner(e.message));
    if (app.view !== 'dm') pollChannel(app.view).catch((e) => setBanner(e.message));
  }
}

async function pollInbox() {
  const me = app.me;
  if (!me) return;
  const dm = dmOf(me);
  const res = await api('GET', `api/chat/inbox?as=${enc(me)}&after=${enc(dm.seq)}`);
  const latest = Number(res.latest);
  if (Number.isFinite(latest) && latest < dm.seq) {
    dm.seq = 0; // the server started over: read the inbox again from the start
    return;
  }
  const items = Array.isArray(res.items) ? res.items : [];
  let fresh = 0;
  for (const item of items) {
    if (item.kind === 'you') {
      upsertUserLine(dm, item.messageId, item.text, item.at);
    } else {
      const nudge = item.kind !== 'reply';
      if (upsertCard(dm, item.messageId, item.card, item.at, nudge) && nudge && isActionable(item.card)) fresh++;
    }
    dm.seq = Math.max(dm.seq, Number(item.seq) || 0);
  }
  if (Number.isFinite(latest)) dm.seq = Math.max(dm.seq, latest);
  if (fresh && app.view !== 'dm') dm.unread += fresh;
  if (items.length) render();
}

async function pollChannel(channelId) {
  const res = await api('GET', `api/chat/channels/${enc(channelId)}/messages`);
  const chan = channelOf(channelId);
  const before = JSON.stringify(chan.messages);
  mergeMessages(chan, Array.isArray(res.messages) ? res.messages : []);
  if (JSON.stringify(chan.messages) !== before && app.view === channelId) renderTimeline();
}

let ticks = 0;
async function tick() {
  // Until the people are known, a remembered "you are" may name someone this server never heard of.
  const jobs = app.loaded ? [pollInbox()] : [];
  if (app.loaded && app.view !== 'dm') jobs.push(pollChannel(app.view));
  if (!app.loaded || ticks % STATE_EVERY_TICKS === 0) jobs.push(loadState());
  ticks++;
  const failed = (await Promise.allSettled(jobs)).find((r) => r.status === 'rejected');
  setBanner(failed ? `${failed.reason.message.replace(/[.!]?$/, '.')} Retrying…` : '');
  setTimeout(tick, POLL_MS);
}

function setBanner(text) {
  ui.banner.hidden = !text;
  ui.banner.textContent = text;
}

// ---------------------------------------------------------------- actions of the user

function setMe(id) {
  app.me = id;
  saved.set('rapport.as', id);
  if (id) pollInbox().catch((e) => setBanner(e.message));
}

function setView(view) {
  app.view = view;
  saved.set('rapport.view', view === 'dm' ? '' : view);
  if (view === 'dm' && app.me) dmOf(app.me).unread = 0;
  if (view !== 'dm') pollChannel(view).catch((e) => setBanner(e.message));
}

async function send(text) {
  const me = app.me;
  const view = app.view;
  if (!me || !text.trim()) return;
  if (view === 'dm') {
    const dm = dmOf(me);
    const line = { key: nextKey('u'), type: 'user', author: me, text, at: Date.now() };
    dm.entries.push(line);
    renderTimeline(true);
    try {
      const res = await api('POST', 'api/chat/say', { as: me, conversation: 'dm', text });
      const id = res.said?.messageId;
      if (id && dm.entries.some((e) => e !== line && e.type === 'user' && e.messageId === id)) {
        dm.entries.splice(dm.entries.indexOf(line), 1); // a poll already brought it back
      } else if (id) {
        line.messageId = id;
      }
      addDmReplies(dm, res.replies);
    } catch (e) {
      dm.entries.push({ key: nextKey('e'), type: 'error', text: e.message, at: Date.now() });
    }
  } else {
    const chan = channelOf(view);
    const anchor = chan.messages.length ? chan.messages[chan.messages.length - 1].id : null;
    const block = { key: nextKey('w'), anchor, command: null, cards: [], error: null, at: Date.now() };
    try {
      const res = await api('POST', 'api/chat/say', { as: me, conversation: view, text });
      if (res.posted) {
        mergeMessages(chan, [...chan.messages, res.posted]);
        block.anchor = res.posted.id;
      } else if (COMMAND.test(text)) {
        block.command = text; // not posted in the channel: remind the poster what they ran
      }
      block.cards = (res.replies || []).map((r) => ({ messageId: r.messageId, card: r.card }));
    } catch (e) {
      block.command = text;
      block.error = e.message;
    }
    if (block.cards.length || block.error || block.command) whispersOf(me, view).push(block);
  }
  renderTimeline(true);
  loadState().catch(() => { /* the next poll shows the banner */ });
}

/** Presses a card's button (or confirms a picker); the answer's card replaces the holder's card. */
async function press(holder, action, input, addReplies) {
  const me = app.me;
  holder.error = null;
  holder.busy = true;
  renderTimeline();
  try {
    const body = { as: me, messageId: holder.messageId, actionId: action.id, value: action.value ?? '' };
    if (input !== undefined) body.input = input;
    const res = await api('POST', 'api/chat/actions', body);
    if (res.card) holder.card = res.card;
    if (Array.isArray(res.replies) && res.replies.length) addReplies(res.replies);
  } catch (e) {
    holder.error = e.message;
  } finally {
    holder.busy = false;
  }
  renderTimeline();
  loadState().catch(() => { /* the next poll shows the banner */ });
}

// ---------------------------------------------------------------- rendering

function render() {
  renderSidebar();
  renderHeader();
  renderTimeline();
  renderComposer();
}

let peopleShown = null;
let channelsShown = null;

function renderSidebar() {
  ui.workspaceSub.textContent = app.state.workspace ? `workspace: ${app.state.workspace}` : 'local web chat';

  const peopleSig = JSON.stringify([app.loaded, app.state.people]);
  if (peopleSig !== peopleShown) {
    peopleShown = peopleSig;
    ui.as.replaceChildren();
    const none = el('option', '', app.loaded
      ? (app.state.people.length ? 'Choose who you are…' : 'Nobody yet')
      : 'Loading people…');
    none.value = '';
    ui.as.append(none);
    const groups = [['teammate', 'Teammates'], ['customer', 'Customer contacts']];
    for (const [role, label] of groups) {
      const members = app.state.people.filter((p) => p.role === role);
      if (!members.length) continue;
      const group = el('optgroup');
      group.label = label;
      for (const p of members) {
        const option = el('option', '', p.customer ? `${p.name} · ${p.customer}` : p.name);
        option.value = p.id;
        group.append(option);
      }
      ui.as.append(group);
    }
    if (app.loaded && !app.state.people.length) ui.addPerson.open = true;
  }
  ui.as.value = app.me;

  ui.navDm.classList.toggle('active', app.view === 'dm');
  ui.navDm.setAttribute('aria-current', app.view === 'dm' ? 'page' : 'false');
  const unread = app.me ? dmOf(app.me).unread : 0;
  ui.dmBadge.hidden = unread === 0;
  ui.dmBadge.textContent = String(unread);
  ui.dmBadge.setAttribute('aria-label', `${unread} unread`);
  document.title = unread ? `(${unread}) Rapport · local chat` : 'Rapport · local chat';

  const channelsSig = JSON.stringify(app.state.channels);
  if (channelsSig !== channelsShown) {
    channelsShown = channelsSig;
    ui.channelList.replaceChildren(...app.state.channels.map((c) => {
      const item = el('li');
      const button = el('button', 'nav-item channel-link');
      button.type = 'button';
      button.dataset.view = c.id;
      button.dataset.channelId = c.id;
      button.append(el('span', 'nav-icon hash', '#'), el('span', 'nav-text', c.name));
      if (c.customer) button.append(el('span', 'nav-customer', c.customer));
      item.append(button);
      return item;
    }));
  }
  ui.channelsEmpty.hidden = !app.loaded || app.state.channels.length > 0;
  for (const button of ui.channelList.querySelectorAll('.channel-link')) {
    const active = button.dataset.channelId === app.view;
    button.classList.toggle('active', active);
    button.setAttribute('aria-current', active ? 'page' : 'false');
  }
}

function renderHeader() {
  if (app.view === 'dm') {
    ui.title.textContent = 'Rapport';
    ui.pill.hidden = false;
    ui.pill.className = 'pill pill-app';
    ui.pill.textContent = 'App';
    ui.sub.textContent = app.me
      ? `Direct message · you are ${meName()}`
      : 'Direct message · choose who you are to start';
    return;
  }
  const c = channel(app.view);
  ui.title.textContent = `# ${c?.name ?? app.view}`;
  ui.pill.hidden = false;
  ui.pill.className = c?.customer ? 'pill pill-linked' : 'pill';
  ui.pill.textContent = c?.customer ? `Linked to ${c.customer}` : 'Not linked';
  ui.sub.textContent = 'Simulated shared channel: post as a customer contact or a teammate.';
}

function renderComposer() {
  const me = person(app.me);
  ui.input.disabled = !me;
  ui.send.disabled = !me;
  if (!me) {
    ui.input.placeholder = 'Choose who you are first';
    ui.hint.textContent = 'Pick a person under “You are” (top left), or add one.';
    return;
  }
  const who = me.role === 'customer'
    ? `${me.name} (customer contact${me.customer ? ` at ${me.customer}` : ''})`
    : `${me.name} (teammate)`;
  if (app.view === 'dm') {
    ui.input.placeholder = 'Type a command, e.g. help';
    ui.hint.textContent = `You are ${who} · Enter to send, Shift+Enter for a new line`;
  } else {
    ui.input.placeholder = `Message #${channel(app.view)?.name ?? app.view}`;
    ui.hint.textContent = `Posting as ${who} · start with @Rapport to run a command; only you see the answer`;
  }
}

/** Renders the current conversation; keeps unchanged messages in place (focus, scroll, pickers). */
function renderTimeline(toBottom = false) {
  const box = ui.timeline;
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const items = app.view === 'dm' ? dmItems() : channelItems(app.view);
  let previous = null;
  for (const item of items) {
    item.compact = Boolean(item.author && previous?.author === item.author);
    previous = item;
  }
  reconcile(box, items);
  if (toBottom || nearBottom) box.scrollTop = box.scrollHeight;
}

function reconcile(container, items) {
  const existing = new Map([...container.children].map((node) => [node.dataset.key, node]));
  let cursor = container.firstChild;
  for (const item of items) {
    const sig = JSON.stringify([item.sig, item.compact]);
    let node = existing.get(item.key);
    existing.delete(item.key);
    if (!node || node.renderedSig !== sig) {
      const fresh = item.render(item.compact);
      fresh.dataset.key = item.key;
      fresh.renderedSig = sig;
      if (node) {
        if (cursor === node) cursor = fresh;
        node.replaceWith(fresh);
      }
      node = fresh;
    }
    if (node === cursor) cursor = node.nextSibling;
    else container.insertBefore(node, cursor);
  }
  for (const node of existing.values()) node.remove();
}

function dmItems() {
  const me = app.me;
  const items = [{ key: `intro-dm|${me}`, sig: [me, meName(), app.loaded], render: dmIntro }];
  if (!me) return items;
  const dm = dmOf(me);
  for (const entry of dm.entries) {
    if (entry.type === 'user') {
      items.push({
        key: entry.key, author: `person:${me}`, sig: [entry.text, meName()],
        render: (compact) => message(authorOf(person(me) || { id: me, name: me }), entry.at, compact,
          el('p', 'msg-text', entry.text)),
      });
    } else if (entry.type === 'bot') {
      items.push({
        // a nudge is a message of its own: it always shows who sent it and when
        key: entry.key, author: entry.nudge ? null : 'bot', sig: [entry.card, entry.error, entry.busy, teammates()],
        render: (compact) => message(BOT, entry.at, compact, cardFor(entry, (replies) => addDmReplies(dm, replies))),
      });
    } else {
      items.push({
        key: entry.key, author: 'bot', sig: [entry.text],
        render: (compact) => message(BOT, entry.at, compact, errorLine(entry.text)),
      });
    }
  }
  return items;
}

function channelItems(channelId) {
  const c = channel(channelId);
  const items = [{ key: `intro-ch|${channelId}`, sig: [c, app.state.customers, person(app.me)], render: () => channelIntro(c) }];
  const chan = channelOf(channelId);
  const whispers = app.me ? whispersOf(app.me, channelId) : [];
  const known = new Set(chan.messages.map((m) => m.id));
  const whisperItem = (block) => ({
    key: block.key, author: null, sig: [block.command, block.error, block.cards, block.cards.map((h) => h.busy), teammates()],
    render: () => whisperBlock(block),
  });
  for (const block of whispers.filter((w) => w.anchor === null)) items.push(whisperItem(block));
  for (const m of chan.messages) {
    const author = m.author || { id: '?', name: 'someone', role: 'teammate' };
    items.push({
      key: `c:${m.id}`, author: `person:${author.id}`, sig: [m.text, author, m.at],
      render: (compact) => message(authorOf(author), m.at, compact, el('p', 'msg-text', m.text)),
    });
    for (const block of whispers.filter((w) => w.anchor === m.id)) items.push(whisperItem(block));
  }
  for (const block of whispers.filter((w) => w.anchor !== null && !known.has(w.anchor))) items.push(whisperItem(block));
  return items;
}

const BOT = { id: 'rapport', name: 'Rapport', bot: true };

function authorOf(p) {
  if (p.role === 'bot' || p.id === 'rapport') return BOT;
  const known = person(p.id);
  return { id: p.id, name: p.name || p.id, role: p.role, customer: p.customer || known?.customer };
}

function avatar(author) {
  if (author.bot) return el('div', 'avatar avatar-bot', 'R');
  const node = el('div', `avatar slot-${colourSlot(author.id)}`, initials(author.name));
  if (author.role === 'customer') node.classList.add('avatar-customer');
  node.setAttribute('aria-hidden', 'true');
  return node;
}

function message(author, at, compact, ...content) {
  const row = el('div', `msg${author.bot ? ' msg-bot' : ''}${compact ? ' compact' : ''}`);
  if (compact) {
    row.append(el('div', 'gutter-time', clock(at)));
  } else {
    row.append(avatar(author));
  }
  const main = el('div', 'msg-main');
  if (!compact) {
    const head = el('div', 'msg-head');
    head.append(el('span', 'msg-author', author.name));
    if (author.bot) head.append(el('span', 'tag tag-app', 'App'));
    else if (author.role === 'customer') head.append(el('span', 'tag tag-customer', author.customer || 'Customer'));
    const time = el('time', 'msg-time', clock(at));
    head.append(time);
    main.append(head);
  }
  main.append(...content);
  row.append(main);
  return row;
}

function cardFor(holder, addReplies) {
  return renderCard(holder.card, {
    messageId: holder.messageId,
    teammates: teammates(),
    error: holder.error,
    busy: holder.busy,
    nudge: holder.nudge,
    onAction: (action, input) => press(holder, action, input, addReplies),
  });
}

function errorLine(text) {
  const box = el('div', 'error-line');
  box.setAttribute('role', 'alert');
  box.append(el('span', 'error-icon', '!'), el('span', 'error-text', text));
  return box;
}

function whisperBlock(block) {
  const row = el('div', 'msg msg-bot whisper');
  row.append(avatar(BOT));
  const main = el('div', 'msg-main');
  const head = el('div', 'msg-head');
  head.append(el('span', 'msg-author', 'Rapport'), el('span', 'tag tag-app', 'App'),
    el('time', 'msg-time', clock(block.at)), el('span', 'only-you', 'Only visible to you'));
  main.append(head);
  if (block.command) main.append(el('p', 'ran', `You ran: ${block.command}`));
  for (const holder of block.cards) {
    main.append(cardFor(holder, (replies) => {
      block.cards.push(...replies.map((r) => ({ messageId: r.messageId, card: r.card })));
    }));
  }
  if (block.error) main.append(errorLine(block.error));
  row.append(main);
  return row;
}

function chips(suggestions) {
  const row = el('div', 'chips');
  for (const text of suggestions) {
    const chip = el('button', 'chip', text);
    chip.type = 'button';
    chip.addEventListener('click', () => {
      ui.input.value = text;
      autosize();
      ui.input.focus();
    });
    row.append(chip);
  }
  return row;
}

function dmIntro() {
  const box = el('section', 'intro');
  box.append(el('div', 'intro-avatar', 'R'), el('h2', 'intro-title', 'Rapport'));
  const me = person(app.me);
  if (!me) {
    box.append(el('p', 'intro-text', app.loaded
      ? 'Choose who you are under “You are” (top left): a teammate receives nudges here; a customer contact can play the customer in a shared channel.'
      : 'Connecting to Rapport…'));
    return box;
  }
  if (me.role === 'customer') {
    box.append(el('p', 'intro-text',
      `You are playing ${me.name}, a customer contact${me.customer ? ` at ${me.customer}` : ''}. Customers talk in shared channels: open one on the left and post a message, and Rapport reads along for your account team.`));
    return box;
  }
  box.append(el('p', 'intro-text',
    `Hi ${me.name}! This is your direct message with Rapport. Commands you type here are private, and nudges for you arrive here with buttons.`));
  box.append(el('p', 'intro-try', 'Try:'));
  box.append(chips([
    `add Acme tier key owner @${me.id}`,
    'log acme thanks for the intro',
    'show acme',
    'mine',
    'help',
  ]));
  return box;
}

function channelIntro(c) {
  const box = el('section', 'intro');
  box.append(el('div', 'intro-avatar intro-hash', '#'), el('h2', 'intro-title', c?.name ?? ''));
  box.append(el('p', 'intro-text', c?.customer
    ? `This is the very beginning of #${c.name}, a shared channel with ${c.customer}. Rapport reads along and turns customer messages into touches and nudges.`
    : `This is the very beginning of #${c?.name ?? ''}. Link it to a customer so Rapport reads along.`));
  const customer = c?.customer || app.state.customers[0]?.name || 'acme';
  const suggestions = [];
  if (!c?.customer) suggestions.push(`@Rapport link ${customer.toLowerCase()}`);
  suggestions.push(`@Rapport show ${customer.toLowerCase()}`);
  if (person(app.me)?.role === 'customer') suggestions.push('Thanks so much for the quick fix!');
  box.append(el('p', 'intro-try', 'Try:'), chips(suggestions));
  return box;
}

// ---------------------------------------------------------------- wiring

function autosize() {
  ui.input.style.height = 'auto';
  ui.input.style.height = `${Math.min(ui.input.scrollHeight, 160)}px`;
}

function showFormError(node, text) {
  node.hidden = !text;
  node.textContent = text || '';
}

ui.as.addEventListener('change', () => {
  setMe(ui.as.value);
  render();
});

ui.personForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = ui.personName.value.trim();
  if (!name) return;
  showFormError(ui.personError, '');
  try {
    const added = await api('POST', 'api/chat/people', { name, role: ui.personRole.value });
    if (!person(added.id)) app.state.people.push({ ...added });
    ui.personName.value = '';
    ui.addPerson.open = false;
    setMe(added.id);
    render();
    loadState().catch(() => {});
  } catch (e) {
    showFormError(ui.personError, e.message);
  }
});

ui.channelForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = ui.channelName.value.trim().replace(/^#/, '');
  if (!name) return;
  showFormError(ui.channelError, '');
  try {
    const added = await api('POST', 'api/chat/channels', { name });
    if (!channel(added.id)) app.state.channels.push({ ...added });
    ui.channelName.value = '';
    setView(added.id);
    render();
    loadState().catch(() => {});
  } catch (e) {
    showFormError(ui.channelError, e.message);
  }
});

document.querySelector('.nav').addEventListener('click', (event) => {
  const target = event.target.closest('[data-view]');
  if (!target) return;
  setView(target.dataset.view);
  render();
  renderTimeline(true);
  ui.input.focus();
});

ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.input.value;
  if (!text.trim() || !app.me) return;
  ui.input.value = '';
  autosize();
  send(text.trim());
});

ui.input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    ui.composer.requestSubmit();
  }
});
ui.input.addEventListener('input', autosize);

render();
tick();
