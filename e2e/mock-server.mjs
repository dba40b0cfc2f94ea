// A stand-in for Rapport's web chat API, in memory and without dependencies, to develop the page
// while the real adapter is built. It serves app/src/main/resources/web and answers a handful of
// commands with simple cards. It is a development aid: the browser test runs against the real server.
//
//   node e2e/mock-server.mjs            (PORT, default 3999; MOCK_NUDGE_DELAY_MS, default 3000)

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.PORT || 3999);
const NUDGE_DELAY_MS = Number(process.env.MOCK_NUDGE_DELAY_MS || 3000);
const WEB_ROOT = fileURLToPath(new URL('../app/src/main/resources/web/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const GESTURES = new Set(['thanks', 'praise', 'referral', 'gift']);
const KINDS = new Set(['message', 'call', 'email', 'meeting', 'video', 'thanks', 'praise', 'referral', 'gift',
  'intro', 'feedback', 'complaint', 'help']);

// ------------------------------------------------------------ state

const slug = (name) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const db = {
  people: [
    { id: 'alex', name: 'Alex', role: 'teammate' },
    { id: 'sam', name: 'Sam', role: 'teammate' },
    { id: 'dana', name: 'Dana', role: 'customer' },
  ],
  channels: [],
  customers: [], // {id, name, tier, owner}
  messages: new Map(), // channelId -> [message]
  inbox: [], // {seq, to, messageId, card, at}
  nudges: new Map(), // messageId -> {id, customer, gesture, from, note, owner, at, state}
  seq: 0,
  ids: 0,
};

const id = (prefix) => `${prefix}${++db.ids}`;
const personById = (pid) => db.people.find((p) => p.id === pid);

function findCustomer(name) {
  const wanted = String(name || '').toLowerCase();
  const exact = db.customers.find((c) => c.name.toLowerCase() === wanted);
  if (exact) return { customer: exact };
  const matches = db.customers.filter((c) => c.name.toLowerCase().startsWith(wanted));
  if (matches.length === 1) return { customer: matches[0] };
  if (matches.length > 1) return { problem: `“${name}” could be ${matches.map((c) => c.name).join(' or ')}. Which one?` };
  const hint = db.customers.length ? ` Did you mean ${db.customers.map((c) => c.name).join(', ')}?` : '';
  return { problem: `I don't know a customer called “${name}”.${hint} Add one with: add ${name}` };
}

const card = (title, body, facts = [], actions = [], context = null) => ({ title, body, facts, actions, context });
const fact = (label, value) => ({ label, value: String(value) });
const action = (actionId, label, value, style = 'DEFAULT', kind = 'BUTTON') => ({ id: actionId, label, value, style, kind });

function deliver(to, messageId, content) {
  db.inbox.push({ seq: ++db.seq, to, messageId, card: content, at: new Date().toISOString() });
}

// ------------------------------------------------------------ nudges

function nudgeCard(nudge) {
  const who = nudge.from ? `${nudge.customer}'s ${nudge.from}` : nudge.customer;
  const suggestion = nudge.gesture === 'referral'
    ? 'pass a referral or an introduction back'
    : 'send a short personal thank-you, or offer an intro they would value';
  const base = card(
    `Reciprocate: ${nudge.customer} sent you ${nudge.gesture}`,
    `${who} sent you ${nudge.gesture === 'thanks' ? 'thanks' : `a ${nudge.gesture}`} just now.\nReciprocate in kind: ${suggestion}.`,
    [fact('Customer', nudge.customer), fact('Gesture', nudge.gesture), ...(nudge.note ? [fact('Note', nudge.note)] : [])],
  );
  if (nudge.state === 'open') {
    base.actions = [
      action('done', 'Done', nudge.id, 'PRIMARY'),
      action('snooze', 'Snooze 1h', `${nudge.id} 1h`),
      action('snooze', 'Snooze 1d', `${nudge.id} 1d`),
      action('snooze', 'Snooze 1w', `${nudge.id} 1w`),
      action('reassign', 'Reassign', nudge.id, 'DEFAULT', 'USER_PICKER'),
    ];
    base.context = `Nudge ${nudge.id} · reciprocate`;
  } else {
    base.context = nudge.state;
  }
  return base;
}

function scheduleReciprocate(customer, gesture, note, from) {
  const owner = customer.owner;
  if (!owner) return;
  setTimeout(() => {
    const nudge = { id: id('n'), messageId: id('msg'), customer: customer.name, gesture, note, from, owner, state: 'open' };
    db.nudges.set(nudge.messageId, nudge);
    deliver(owner, nudge.messageId, nudgeCard(nudge));
  }, NUDGE_DELAY_MS).unref();
}

// ------------------------------------------------------------ commands

function tokens(text) {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const HELP = [
  'add <customer> [tier key|standard|light] [owner @user]',
  'log <customer> <kind> [in|out] [note…]',
  'link <customer>   (in a channel)',
  'contact <customer> @user',
  'show <customer>',
  'mine',
  'help',
].join('\n');

function runCommand(me, conversation, text) {
  const [verb = '', ...args] = tokens(text);
  switch (verb.toLowerCase()) {
    case 'help':
      return card('What Rapport can do', HELP, [], [], 'Example: log acme thanks for the intro');
    case 'add': {
      const [name, ...rest] = args;
      if (!name) return card('Add a customer', 'Give the customer a name.', [], [], 'Example: add Acme tier key owner @alex');
      if (findCustomer(name).customer?.name.toLowerCase() === name.toLowerCase()) {
        return card(null, `${name} already exists.`, [], [], `Try: show ${name.toLowerCase()}`);
      }
      let tier = 'standard';
      let owner = me.role === 'teammate' ? me.id : null;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === 'tier' && rest[i + 1]) tier = rest[++i];
        else if (rest[i] === 'owner' && rest[i + 1]) owner = rest[++i].replace(/^@/, '');
      }
      if (!['key', 'standard', 'light'].includes(tier)) {
        return card('Unknown tier', `“${tier}” is not a tier: use key, standard or light.`, [], [], 'Example: add Acme tier key');
      }
      if (owner && !personById(owner)) return card('Unknown owner', `I don't know @${owner}.`, [], [], 'Add them first, then try again.');
      const customer = { id: slug(name), name, tier, owner };
      db.customers.push(customer);
      return card(`Added ${name}`, `${name} is now a ${tier} customer.`,
        [fact('Tier', tier), fact('Owner', owner ? personById(owner).name : 'nobody yet')], [],
        `Next: log ${name.toLowerCase()} thanks for the intro`);
    }
    case 'log': {
      const [name, kind, ...rest] = args;
      if (!name || !kind) return card('Log a touch', 'Say which customer and what happened.', [], [], 'Example: log acme thanks for the intro');
      const found = findCustomer(name);
      if (!found.customer) return card(null, found.problem);
      if (!KINDS.has(kind)) return card('Unknown kind', `“${kind}” is not a kind of touch.`, [], [], `Kinds: ${[...KINDS].join(', ')}`);
      let direction = GESTURES.has(kind) || kind === 'complaint' || kind === 'feedback' ? 'in' : 'out';
      if (rest[0] === 'in' || rest[0] === 'out') direction = rest.shift();
      const note = rest.join(' ');
      if (GESTURES.has(kind) && direction === 'in') scheduleReciprocate(found.customer, kind, note, null);
      return card(`Logged ${kind} ${direction === 'in' ? 'from' : 'to'} ${found.customer.name}`, note || '',
        [fact('Kind', kind), fact('Direction', direction), fact('By', me.name)]);
    }
    case 'link': {
      if (conversation === 'dm') return card(null, 'Run link in the channel you want to link.', [], [], 'Example: @Rapport link acme');
      const found = findCustomer(args[0]);
      if (!found.customer) return card(null, found.problem);
      const chan = db.channels.find((c) => c.id === conversation);
      chan.customer = found.customer.name;
      return card(`Linked #${chan.name} to ${found.customer.name}`,
        'I read along here now: customer messages become touches, gestures and timers.');
    }
    case 'contact': {
      const found = findCustomer(args[0]);
      if (!found.customer) return card(null, found.problem);
      const who = personById(String(args[1] || '').replace(/^@/, ''));
      if (!who) return card(null, 'Name the person with @, e.g. contact acme @dana');
      who.role = 'customer';
      who.customer = found.customer.name;
      return card(null, `${who.name} is now a contact at ${found.customer.name}.`);
    }
    case 'show': {
      const found = findCustomer(args[0]);
      if (!found.customer) return card(null, found.problem);
      const c = found.customer;
      const open = [...db.nudges.values()].filter((n) => n.customer === c.name && n.state === 'open').length;
      return card(c.name, 'Health 72/100: touched recently, one gesture not yet returned.',
        [fact('Tier', c.tier), fact('Owner', c.owner ? personById(c.owner).name : 'nobody'), fact('Pending nudges', open)]);
    }
    case 'mine': {
      const open = [...db.nudges.values()].filter((n) => n.owner === me.id && n.state === 'open');
      return card('Yours', open.length ? open.map((n) => `• ${n.id}: reciprocate ${n.customer}'s ${n.gesture}`).join('\n') : 'Nothing needs you right now.');
    }
    default:
      return card('I did not understand that', `I don't know the command “${text}”.`, [], [], 'Type help to see what I can do.');
  }
}

// ------------------------------------------------------------ HTTP

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function need(condition, status, message) {
  if (!condition) throw new HttpError(status, message);
}

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'The body is not JSON.');
  }
}

function person(asId) {
  const me = personById(asId);
  need(me, 404, `Nobody called “${asId}” here: add the person first.`);
  return me;
}

const routes = [
  ['GET', /^\/api\/chat\/state$/, () => ({
    workspace: 'local',
    people: db.people,
    channels: db.channels,
    customers: db.customers.map(({ id: cid, name }) => ({ id: cid, name })),
  })],
  ['POST', /^\/api\/chat\/people$/, async (req) => {
    const { name, role } = await body(req);
    need(typeof name === 'string' && name.trim(), 400, 'A person needs a name.');
    need(role === 'teammate' || role === 'customer', 400, 'role is teammate or customer.');
    const pid = slug(name);
    need(pid, 400, 'That name has no letters or digits.');
    need(!personById(pid), 409, `${personById(pid)?.name} is already here.`);
    const added = { id: pid, name: name.trim(), role };
    db.people.push(added);
    return added;
  }],
  ['POST', /^\/api\/chat\/channels$/, async (req) => {
    const { name } = await body(req);
    const cid = slug(String(name || ''));
    need(cid, 400, 'A channel needs a name.');
    need(!db.channels.some((c) => c.id === cid), 409, `#${cid} already exists.`);
    const added = { id: cid, name: cid };
    db.channels.push(added);
    db.messages.set(cid, []);
    return added;
  }],
  ['GET', /^\/api\/chat\/channels\/([^/]+)\/messages$/, (req, [, cid]) => {
    need(db.messages.has(decodeURIComponent(cid)), 404, 'No such channel.');
    return { messages: db.messages.get(decodeURIComponent(cid)) };
  }],
  ['POST', /^\/api\/chat\/say$/, async (req) => {
    const { as, conversation, text } = await body(req);
    const me = person(as);
    need(typeof text === 'string' && text.trim(), 400, 'Say something.');
    if (conversation === 'dm') {
      return { replies: [{ messageId: id('msg'), card: runCommand(me, 'dm', text.trim()) }], posted: null };
    }
    const chan = db.channels.find((c) => c.id === conversation);
    need(chan, 404, 'No such channel.');
    const mention = text.match(/^@rapport\s+(.*)$/is);
    const slash = text.match(/^\/rapport\s+(.*)$/is);
    let posted = null;
    if (!slash) {
      posted = { id: id('p'), author: { id: me.id, name: me.name, role: me.role }, text, at: new Date().toISOString() };
      db.messages.get(chan.id).push(posted);
    }
    const command = (mention || slash)?.[1];
    if (command) return { replies: [{ messageId: id('msg'), card: runCommand(me, chan.id, command.trim()) }], posted };
    if (me.role === 'customer' && chan.customer && /\bthank/i.test(text)) {
      scheduleReciprocate(findCustomer(chan.customer).customer, 'thanks', text, me.name);
    }
    return { replies: [], posted };
  }],
  ['GET', /^\/api\/chat\/inbox$/, (req, match, url) => {
    const me = person(url.searchParams.get('as'));
    const after = Number(url.searchParams.get('after') || 0);
    const items = db.inbox.filter((i) => i.to === me.id && i.seq > after)
      .map(({ seq, messageId, card: c, at }) => ({ seq, messageId, card: c, at }));
    return { items, latest: db.seq };
  }],
  ['POST', /^\/api\/chat\/actions$/, async (req) => {
    const { as, messageId, actionId, value, input } = await body(req);
    const me = person(as);
    const nudge = db.nudges.get(messageId);
    need(nudge, 404, 'That message has no buttons any more.');
    need(nudge.state === 'open', 409, `That nudge is already closed (${nudge.state}).`);
    if (actionId === 'done') {
      nudge.state = `Done by ${me.name}`;
    } else if (actionId === 'snooze') {
      const span = String(value).split(' ')[1] || '1d';
      nudge.state = `Snoozed for ${span} by ${me.name}: it comes back then`;
    } else if (actionId === 'reassign') {
      const to = personById(input);
      need(to && to.role === 'teammate', 400, 'Pick a teammate to hand this to.');
      nudge.state = `Reassigned to ${to.name} by ${me.name}`;
      const handed = { ...nudge, id: id('n'), messageId: id('msg'), owner: to.id, state: 'open' };
      db.nudges.set(handed.messageId, handed);
      deliver(to.id, handed.messageId, nudgeCard(handed));
    } else {
      throw new HttpError(400, `Unknown action “${actionId}”.`);
    }
    const updated = nudgeCard(nudge);
    deliver(nudge.owner, messageId, updated);
    return { card: updated };
  }],
];

async function serveStatic(url, res) {
  const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
  const file = normalize(join(WEB_ROOT, path));
  if (!file.startsWith(WEB_ROOT.endsWith(sep) ? WEB_ROOT : WEB_ROOT + sep)) throw new HttpError(404, 'Not found.');
  let content;
  try {
    content = await readFile(file);
  } catch {
    throw new HttpError(404, 'Not found.');
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(content);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    for (const [method, pattern, handler] of routes) {
      const match = url.pathname.match(pattern);
      if (match && req.method === method) {
        const result = await handler(req, match, url);
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(result));
        return;
      }
    }
    if (url.pathname.startsWith('/api/')) throw new HttpError(404, 'No such endpoint.');
    if (req.method !== 'GET') throw new HttpError(405, 'Method not allowed.');
    await serveStatic(url, res);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) console.error(error);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: status === 500 ? 'Something broke in the mock.' : error.message }));
  }
});

server.listen(PORT, '127.0.0.1', () => console.log(`mock Rapport web chat on http://localhost:${PORT}/`));
