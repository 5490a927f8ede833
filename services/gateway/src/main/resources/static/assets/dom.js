// Small DOM helpers. Every text from the server goes in as a text node (never as HTML).

import { t } from './i18n.js';

/** h('button', {type: 'button', onclick: f}, 'Save') — attributes, listeners (on...) and children. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      el.className = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

let ids = 0;
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * A labelled input with room for its error: returns {row, input, error}. The error is tied to the input with
 * aria-describedby, so a screen reader reads it with the field.
 */
export function field(name, label, attrs = {}, hint = null) {
  const id = uid(name);
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const input = h('input', { id, name, ...attrs, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') });
  const error = h('p', { class: 'field-error', id: errorId, 'data-error-for': name, hidden: true });
  const row = h('div', { class: 'field' },
    h('label', { for: id }, label),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    error);
  return { row, input, error };
}

/** Shows the problem's field errors next to the fields; returns true when at least one field got one. */
export function showFieldErrors(fields, problem) {
  clearFieldErrors(fields);
  const errors = Array.isArray(problem?.errors) ? [...problem.errors] : [];
  if (errors.length === 0 && typeof problem?.detail === 'string') {
    // an unreadable value (e.g. 1000.5 for a whole number) is named in the detail only: "dailyRate must be ..."
    const named = Object.keys(fields).find((name) => problem.detail.startsWith(`${name} `));
    if (named) {
      errors.push({ field: named, message: problem.detail.slice(named.length + 1) });
    }
  }
  let shown = false;
  for (const { field: name, message } of errors) {
    const target = fields[name];
    if (!target) {
      continue;
    }
    const text = target.error.hidden ? message : `${target.error.textContent}; ${message}`;
    target.error.textContent = text;
    target.error.hidden = false;
    target.input.setAttribute('aria-invalid', 'true');
    shown = true;
  }
  // the first mistake in the form's order gets the focus, whatever order the server listed them in
  Object.values(fields).find((f) => f.input.getAttribute('aria-invalid') === 'true')?.input.focus();
  return shown;
}

export function clearFieldErrors(fields) {
  for (const target of Object.values(fields)) {
    target.error.hidden = true;
    target.error.textContent = '';
    target.input.removeAttribute('aria-invalid');
  }
}

/** A message area that screen readers announce; kind is 'info', 'success' or 'error'. */
export function messageArea() {
  const el = h('div', { class: 'message', role: 'status', 'aria-live': 'polite', hidden: true });
  return {
    el,
    show(kind, ...content) {
      el.className = `message ${kind}`;
      delete el.dataset.kind;
      el.replaceChildren();
      append(el, content);
      el.hidden = false;
    },
    clear() {
      el.hidden = true;
      delete el.dataset.kind;
      el.replaceChildren();
    },
  };
}

/** A status as a badge: the label in the current language, the code in data-status. */
export function badge(kind, code, label) {
  return h('span', { class: `badge ${kind} s-${(code ?? 'none').toLowerCase()}`, 'data-status': code ?? '' }, label);
}

/** Asks in the page's confirmation dialog; resolves to true when the person confirmed. */
export function confirmDialog(text, yes, no) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = text;
  document.getElementById('confirm-yes').textContent = yes;
  document.getElementById('confirm-no').textContent = no;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
    document.getElementById('confirm-no').focus();
  });
}

/**
 * Calls fn now and then every `ms` while the page is visible, until the signal aborts; a hidden tab does not
 * poll and catches up as soon as it is shown again.
 */
export function poll(signal, fn, ms = 2000) {
  let timer = null;
  let running = false;
  const tick = async () => {
    timer = null;
    if (signal.aborted || running || document.visibilityState !== 'visible') {
      return;
    }
    running = true;
    try {
      await fn();
    } catch {
      // shown by the view or the banner; the next tick tries again
    } finally {
      running = false;
    }
    if (!signal.aborted && document.visibilityState === 'visible') {
      timer = setTimeout(tick, ms);
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible' && timer === null && !running) {
      tick();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
  tick();
}

/** Counts down from n seconds in `el`, then calls done; stops when the signal aborts. */
export function countdown(signal, n, render, done) {
  let left = n;
  render(left);
  const timer = setInterval(() => {
    left -= 1;
    if (left <= 0) {
      clearInterval(timer);
      done();
    } else {
      render(left);
    }
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(timer));
  return () => clearInterval(timer);
}

export function loading() {
  return h('p', { class: 'loading' }, t('loading'));
}

/**
 * Brings a parent (a table body, a list) in line with `items` (in order), rebuilding only the children whose data
 * changed, so polling does not flicker or take the keyboard focus away. build(item) returns the child element.
 */
export function syncItems(parent, items, keyOf, build) {
  const active = document.activeElement;
  const focusKey = active && parent.contains(active) ? [...parent.children].find((child) => child.contains(active))?.dataset.key : null;
  const focusName = active?.dataset?.focus;
  const existing = new Map([...parent.children].map((child) => [child.dataset.key, child]));
  let previous = null;
  for (const item of items) {
    const key = keyOf(item);
    const signature = JSON.stringify(item);
    let child = existing.get(key);
    existing.delete(key);
    if (!child || child.dataset.signature !== signature) {
      const fresh = build(item);
      fresh.dataset.key = key;
      fresh.dataset.signature = signature;
      if (child) {
        child.replaceWith(fresh);
      }
      child = fresh;
    }
    const expected = previous ? previous.nextSibling : parent.firstChild;
    if (child !== expected) {
      parent.insertBefore(child, expected);
    }
    previous = child;
  }
  for (const child of existing.values()) {
    child.remove();
  }
  if (focusKey && !parent.contains(document.activeElement)) {
    const child = [...parent.children].find((c) => c.dataset.key === focusKey);
    (focusName && child?.querySelector(`[data-focus="${focusName}"]`))?.focus();
  }
}

/** syncItems for the rows of a table body. */
export const syncRows = syncItems;

/** A table with a caption, column headers and a body for syncRows; cells carry data-label for phone layout. */
export function table(caption, columns) {
  const body = h('tbody');
  const el = h('table', { class: 'grid' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c)))),
    body);
  return { el, body };
}

export function cell(label, ...content) {
  const present = content.filter((c) => c !== null && c !== undefined && c !== false && c !== '');
  return h('td', { 'data-label': label }, present.length ? h('span', { class: 'value' }, ...present) : null);
}

/**
 * "Previous" / "Next" under a list the server sends a page at a time. go(page) is called with the page wanted;
 * show(answer) takes the server's {page, size, totalElements} and hides the controls while everything fits on one page.
 */
export function pager(label, go) {
  let current = 0;
  const status = h('span', { class: 'pager-status', 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', class: 'secondary', 'data-pager': 'previous', onclick: () => go(current - 1) }, t('pager.previous'));
  const next = h('button', { type: 'button', class: 'secondary', 'data-pager': 'next', onclick: () => go(current + 1) }, t('pager.next'));
  const el = h('nav', { class: 'pager actions', 'aria-label': label, hidden: true }, previous, status, next);
  return {
    el,
    show({ page, size, totalElements }) {
      if (typeof totalElements !== 'number') { // an answer without paging (an older instance): no controls
        el.hidden = true;
        return;
      }
      current = page;
      const focused = document.activeElement;
      const pages = Math.max(1, Math.ceil(totalElements / size));
      status.textContent = t('pager.status', { page: page + 1, pages });
      previous.disabled = page === 0;
      next.disabled = page + 1 >= pages;
      el.hidden = pages === 1 && page === 0;
      // the button just pressed that cannot be pressed again (first or last page) hands the keyboard focus over
      const other = focused === next ? previous : focused === previous ? next : null;
      if (other && focused.disabled && !other.disabled && !el.hidden) {
        other.focus();
      }
    },
  };
}
