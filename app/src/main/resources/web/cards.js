// Rendering of Rapport's neutral card model and the small DOM helpers the page shares.
// Every piece of text goes through textContent: nothing a user or the server sends becomes markup.

/** Creates an element with a class and optional text (set as textContent). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

const STYLES = new Set(['DEFAULT', 'PRIMARY', 'DANGER']);

/**
 * Renders a card.
 *
 * @param card      {title, body, facts, actions, context}
 * @param options   messageId: the message the card belongs to;
 *                  teammates: [{id, name}] offered by USER_PICKER actions;
 *                  error: a message to show under the actions (a failed button press);
 *                  busy: true while a press is on its way (controls are disabled);
 *                  nudge: true for a nudge (highlighted while it waits for an answer);
 *                  onAction(action, input): called when a button is pressed or a pick confirmed.
 */
export function renderCard(card, { messageId, teammates = [], error, busy = false, nudge = false, onAction } = {}) {
  card = card || {};
  const root = el('article', 'card');
  if (messageId) root.dataset.messageId = messageId;
  if (nudge) root.classList.add(card.actions?.length ? 'card-nudge' : 'card-nudge-closed');

  if (card.title) root.append(el('h3', 'card-title', card.title));
  if (card.body) root.append(el('p', 'card-body', card.body));

  const facts = Array.isArray(card.facts) ? card.facts : [];
  if (facts.length) {
    const list = el('dl', 'card-facts');
    for (const fact of facts) {
      list.append(el('dt', 'fact-label', fact.label), el('dd', 'fact-value', fact.value));
    }
    root.append(list);
  }

  const actions = Array.isArray(card.actions) ? card.actions : [];
  if (actions.length) {
    const bar = el('div', 'card-actions');
    for (const action of actions) {
      bar.append(action.kind === 'USER_PICKER'
        ? renderPicker(action, teammates, onAction)
        : renderButton(action, onAction));
    }
    root.append(bar);
  }

  if (card.context) root.append(el('p', 'card-context', card.context));
  if (error) root.append(el('p', 'card-error', error));
  if (busy) {
    root.classList.add('busy');
    for (const control of root.querySelectorAll('button, select')) control.disabled = true;
  }
  return root;
}

function renderButton(action, onAction) {
  const style = STYLES.has(action.style) ? action.style : 'DEFAULT';
  const button = el('button', `btn btn-${style.toLowerCase()}`, action.label || action.id);
  button.type = 'button';
  button.addEventListener('click', () => onAction?.(action));
  return button;
}

function renderPicker(action, teammates, onAction) {
  const form = el('form', 'picker');
  const label = el('label', 'picker-label', action.label || 'Choose');
  const select = el('select', 'picker-select');
  const id = `pick-${Math.random().toString(36).slice(2, 9)}`;
  select.id = id;
  label.htmlFor = id;
  const placeholder = el('option', '', 'Choose a teammate…');
  placeholder.value = '';
  select.append(placeholder);
  for (const person of teammates) {
    const option = el('option', '', person.name);
    option.value = person.id;
    select.append(option);
  }
  const ok = el('button', 'btn btn-default', 'OK');
  ok.type = 'submit';
  ok.disabled = true;
  select.addEventListener('change', () => { ok.disabled = !select.value; });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) onAction?.(action, select.value);
  });
  form.append(label, select, ok);
  return form;
}

/** Initials for an avatar: one letter for one name, two for several. */
export function initials(name) {
  const words = String(name || '?').trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [...words[0]][0] + [...words[words.length - 1]][0] : [...(words[0] || '?')][0];
  return letters.toUpperCase();
}

/** A stable colour slot (0-7) for a person, so their avatar keeps its colour. */
export function colourSlot(id) {
  let hash = 0;
  for (const ch of String(id || '')) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return hash % 8;
}

/** "14:05" for an ISO-8601 string or epoch seconds or milliseconds; empty when unknown. */
export function clock(at) {
  if (at === undefined || at === null || at === '') return '';
  const number = typeof at === 'number' ? at : (/^\d+$/.test(String(at)) ? Number(at) : NaN);
  const millis = Number.isNaN(number) ? Date.parse(at) : (number < 1e11 ? number * 1000 : number);
  const when = new Date(millis);
  if (Number.isNaN(when.getTime())) return '';
  return when.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}
