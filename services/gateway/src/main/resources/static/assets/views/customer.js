// The customer's pages: cars on offer with reserve-and-pay, and My Page (profile, live history, cancel,
// notifications).

import { t, money, day, moment, statusLabel } from '../i18n.js';
import { api, ApiError } from '../api.js';
import {
  h, field, messageArea, showFieldErrors, clearFieldErrors, badge, confirmDialog, poll, countdown, loading,
  syncRows, syncItems, table, cell, pager,
} from '../dom.js';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const PAGE_SIZE = 20; // what the server sends when not asked otherwise

/** The last page there is, for a list that shrank while a later page was shown. */
function lastPage({ size, totalElements }) {
  return Math.max(0, Math.ceil(totalElements / size) - 1);
}

function isoDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function plusDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + n));
}

/** The days charged, as the reservation service counts them: the nights between the dates, at least one. */
export function daysBetween(pickup, back) {
  const [a, b] = [pickup, back].map((iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  });
  return Math.max(1, Math.round((b - a) / MS_PER_DAY));
}

function detailOf(failure) {
  return failure instanceof ApiError ? (failure.problem.detail ?? failure.message) : String(failure);
}

// ------------------------------------------------------------------ cars on offer

export function carsView(main, { signal, flash }) {
  const message = messageArea();
  const count = h('p', { class: 'muted' });
  const list = h('ul', { class: 'cars' });
  let page = 0;
  const pages = pager(t('cars.pages'), (wanted) => {
    page = wanted;
    load().catch(() => {});
  });
  const offer = h('section', { 'aria-labelledby': 'cars-title' },
    h('h1', { id: 'cars-title' }, t('cars.title')), message.el, count, list, pages.el);
  const panel = h('section', { class: 'card reserve', hidden: true, 'aria-labelledby': 'reserve-title' });
  main.append(offer, panel);
  if (flash) {
    message.show(flash.kind, flash.text);
  }
  list.append(h('li', null, loading()));

  // the list refreshes by itself while it is shown (another customer may take a car, staff may add one)
  async function load() {
    if (!panel.hidden) {
      return;
    }
    const asked = page;
    try {
      const { data } = await api('GET', `/api/available-cars?page=${asked}&size=${PAGE_SIZE}`, undefined, { signal });
      if (!panel.hidden || asked !== page) {
        return;
      }
      if (data.content.length === 0 && asked > 0) {
        // the cars of this page were taken meanwhile: show the last page there is
        page = lastPage(data);
        return load();
      }
      if (message.el.dataset.kind === 'load-error') {
        message.clear();
      }
      const n = data.totalElements;
      count.textContent = n ? t(n === 1 ? 'cars.count.one' : 'cars.count', { n }) : t('cars.empty');
      syncItems(list, data.content, (car) => car.id, carItem);
      pages.show(data);
    } catch (failure) {
      if (failure?.name === 'AbortError') {
        return;
      }
      if (!(failure instanceof ApiError && [502, 503, 504].includes(failure.status)) && failure?.status !== 0) {
        // an outage is told by the banner; anything else here, once
        message.show('error', t('error.generic', { detail: detailOf(failure) }));
        message.el.dataset.kind = 'load-error';
      }
      if (list.querySelector('.loading')) {
        list.replaceChildren();
      }
      throw failure;
    }
  }

  function carItem(car) {
    return h('li', { class: 'car card', 'data-car-id': car.id, 'data-plate': car.plateNumber },
      h('h2', null, car.plateNumber),
      h('p', { class: 'model' }, car.model),
      h('p', { class: 'rate' }, t('cars.per.day', { rate: money(car.dailyRate) })),
      h('button', { type: 'button', 'data-focus': 'reserve', 'aria-label': `${t('cars.reserve')} ${car.plateNumber}`, onclick: () => reserve(car) }, t('cars.reserve')));
  }

  function backToList() {
    panel.hidden = true;
    panel.replaceChildren();
    offer.hidden = false;
    load().catch(() => {});
  }

  function reserve(car) {
    message.clear();
    offer.hidden = true;
    panel.hidden = false;
    panel.replaceChildren(reserveForm(car, signal, backToList));
    panel.querySelector('h2').focus();
  }

  poll(signal, load, 5000);
}

function reserveForm(car, signal, back) {
  const today = isoDay(new Date());
  const message = messageArea();
  const fields = {
    pickupDate: field('pickupDate', t('field.pickupDate'), { type: 'date', required: true, min: today, value: plusDays(today, 1) }),
    returnDate: field('returnDate', t('field.returnDate'), { type: 'date', required: true, min: today, value: plusDays(today, 2) }),
  };
  const price = h('output', { class: 'price', 'aria-live': 'polite', for: `${fields.pickupDate.input.id} ${fields.returnDate.input.id}` });
  const submit = h('button', { type: 'submit', class: 'primary' });
  const backButton = h('button', { type: 'button', class: 'secondary', onclick: back }, t('reserve.back'));
  let total = null;
  let waiting = false; // a retry countdown is running
  let inFlight = false;

  function update() {
    const pickup = fields.pickupDate.input.value;
    const ret = fields.returnDate.input.value;
    fields.returnDate.input.min = pickup || today;
    clearFieldErrors(fields);
    if (!pickup || !ret) {
      total = null;
      price.textContent = '';
    } else if (ret < pickup) {
      total = null;
      price.textContent = '';
      showFieldErrors(fields, { errors: [{ field: 'returnDate', message: t('reserve.dates.invalid') }] });
    } else {
      const days = daysBetween(pickup, ret);
      total = days * car.dailyRate;
      price.replaceChildren(
        h('span', { class: 'calc' }, t('reserve.price', {
          days: days === 1 ? t('reserve.day') : t('reserve.days', { n: days }), rate: money(car.dailyRate), total: money(total),
        })),
        h('span', { class: 'total' }, `${t('reserve.total')} `, h('strong', { 'data-amount': total }, money(total))));
    }
    submit.textContent = total === null ? t('reserve.confirm', { total: '' }).trim() : t('reserve.confirm', { total: money(total) });
    submit.disabled = total === null || waiting || inFlight;
  }

  const form = h('form', { novalidate: true },
    h('h2', { id: 'reserve-title', tabindex: '-1' }, t('reserve.title', { plate: car.plateNumber })),
    h('p', { class: 'model' }, `${car.model} · ${t('cars.per.day', { rate: money(car.dailyRate) })}`),
    h('div', { class: 'dates' }, fields.pickupDate.row, fields.returnDate.row),
    price,
    message.el,
    h('div', { class: 'actions' }, backButton, submit));
  fields.pickupDate.input.addEventListener('input', update);
  fields.returnDate.input.addEventListener('input', update);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // one reservation per press, however many clicks: the button is disabled before the request leaves
    if (inFlight || waiting || total === null) {
      return;
    }
    inFlight = true;
    submit.disabled = true;
    submit.textContent = t('reserve.busy');
    message.clear();
    const body = { carId: car.id, pickupDate: fields.pickupDate.input.value, returnDate: fields.returnDate.input.value };
    try {
      const { data } = await api('POST', '/api/reservations', body, { quiet: true, signal });
      form.replaceChildren(
        h('h2', { id: 'reserve-title', tabindex: '-1' }, t('reserve.title', { plate: car.plateNumber })),
        h('p', { class: 'message success', role: 'status', 'data-reservation-id': data.id }, t('reserve.done', {
          plate: car.plateNumber, from: day(data.pickupDate), to: day(data.returnDate), total: money(data.amount),
        })),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: back }, t('reserve.back')),
          h('a', { class: 'button primary', href: '#/mypage' }, t('reserve.to.mypage'))));
      form.querySelector('a.button').focus();
      return;
    } catch (failure) {
      if (failure?.name === 'AbortError') {
        return;
      }
      refused(failure);
    } finally {
      inFlight = false;
    }
    update();
    keepFocus();
  });

  // the pressed button was disabled while the request was out, which drops the keyboard focus: give it back
  // (now, or when a retry countdown ends)
  function keepFocus() {
    if (form.isConnected && !submit.disabled && (!document.activeElement || document.activeElement === document.body)) {
      submit.focus();
    }
  }

  function refused(failure) {
    const status = failure instanceof ApiError ? failure.status : 0;
    if (status === 402) {
      message.show('error', t('reserve.declined', { detail: detailOf(failure) }));
    } else if ((status === 503 || status === 502) && failure.retryAfter !== null) {
      const lead = failure.problem.service ? t('reserve.service.down') : t('reserve.payment.busy');
      const line = h('span', { class: 'retry', 'data-retry-after': failure.retryAfter });
      message.show('error', lead, ' ', line);
      waiting = true;
      countdown(signal, failure.retryAfter, (n) => {
        line.textContent = t(n === 1 ? 'reserve.try.again.one' : 'reserve.try.again', { n });
      }, () => {
        waiting = false;
        line.textContent = t('reserve.try.now');
        update();
        keepFocus();
      });
    } else if (status === 504) {
      message.show('error', t('reserve.timeout'), ' ', h('a', { href: '#/mypage' }, t('nav.mypage')));
    } else if (status === 409) {
      message.show('error', t('reserve.taken'));
    } else if (status === 400 && showFieldErrors(fields, failure.problem)) {
      message.show('error', t('form.fix'));
    } else {
      message.show('error', t('error.generic', { detail: detailOf(failure) }));
    }
  }

  update();
  return form;
}

// ------------------------------------------------------------------ My Page

export function myPageView(main, { signal, flash, session }) {
  const message = messageArea();
  const profile = h('dl', { class: 'profile' });
  const notificationList = h('ul', { class: 'notifications' });
  const notifications = h('aside', { class: 'card', hidden: true, 'aria-labelledby': 'notifications-title' },
    h('h2', { id: 'notifications-title' }, t('notifications.title')), notificationList);
  const history = table(t('mypage.history'), [
    t('col.car'), t('col.period'), t('col.amount'), t('col.reservation'), t('col.payment'), t('col.rental'), t('col.actions'),
  ]);
  const empty = h('p', { class: 'muted', hidden: true }, t('mypage.empty'));
  let historyPage = 0;
  const historyPages = pager(t('mypage.pages'), (wanted) => {
    historyPage = wanted;
    refresh().catch(() => {});
  });
  main.append(
    h('h1', null, t('mypage.title')),
    message.el,
    h('div', { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'profile-title' }, h('h2', { id: 'profile-title' }, t('mypage.profile')), profile),
      notifications),
    h('section', { 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title' }, t('mypage.history')),
      h('p', { class: 'muted' }, t('mypage.live')),
      h('div', { class: 'table-wrap' }, history.el),
      historyPages.el,
      empty));
  if (flash) {
    message.show(flash.kind, flash.text);
  }
  profile.append(loading());

  // what a cancel answered, shown until My Page (fed by events) has caught up with it
  const cancelled = new Map();
  // refunds promised by a cancel answered 202 (payment unreachable): the customer is told when each one lands
  const refundsAwaited = new Map();
  let notificationsGone = false; // the endpoint does not exist (404): stop asking
  let notificationsAfter = 0; // the service asked us to wait (503 + Retry-After) until then

  function renderProfile(customer) {
    const entries = customer
      ? [['field.name', customer.name], ['field.username', customer.username], ['field.email', customer.email], ['field.phone', customer.phone]]
      : [['field.username', session.username]];
    profile.replaceChildren(...entries.flatMap(([key, value]) => [h('dt', null, t(key)), h('dd', null, value ?? '')]));
    if (!customer) {
      profile.append(h('dd', { class: 'muted' }, t('mypage.profile.pending')));
    }
  }

  function row(entry) {
    const cancellable = entry.reservationStatus === 'CONFIRMED';
    return h('tr', { 'data-reservation-id': entry.reservationId },
      cell(t('col.car'), h('strong', null, entry.plateNumber ?? ''), h('br'), h('span', { class: 'muted' }, entry.model ?? '')),
      cell(t('col.period'), `${day(entry.pickupDate)} – ${day(entry.returnDate)}`),
      cell(t('col.amount'), entry.amount === null ? '' : money(entry.amount)),
      cell(t('col.reservation'), badge('reservation', entry.reservationStatus, statusLabel('reservation', entry.reservationStatus))),
      cell(t('col.payment'), badge('payment', entry.paymentStatus, statusLabel('payment', entry.paymentStatus))),
      cell(t('col.rental'), badge('rental', entry.rentalStatus, statusLabel('rental', entry.rentalStatus))),
      cell(t('col.actions'), cancellable
        ? h('button', { type: 'button', class: 'danger', 'data-focus': 'cancel', 'aria-label': `${t('mypage.cancel')} ${entry.plateNumber ?? ''}`, onclick: (e) => cancel(entry, e.currentTarget) }, t('mypage.cancel'))
        : null));
  }

  function showRefunded(amount) {
    message.show('success', t('mypage.cancelled', { amount: money(amount) }));
  }

  function showHistory(entries) {
    for (const entry of entries) {
      if (refundsAwaited.has(entry.reservationId) && entry.reservationStatus === 'CANCELLED') {
        showRefunded(refundsAwaited.get(entry.reservationId));
        refundsAwaited.delete(entry.reservationId);
      }
    }
    const shown = entries.map((entry) => {
      const override = cancelled.get(entry.reservationId);
      if (override && entry.reservationStatus === 'CONFIRMED') {
        return { ...entry, reservationStatus: override };
      }
      cancelled.delete(entry.reservationId);
      return entry;
    });
    syncRows(history.body, shown, (entry) => entry.reservationId, row);
    empty.hidden = shown.length > 0;
  }

  let latest = [];
  async function refresh() {
    const asked = historyPage;
    const page = api('GET', `/api/mypage?page=${asked}&size=${PAGE_SIZE}`, undefined, { signal });
    // asked side by side with the page; settled at once so a refusal is never an unhandled rejection
    const news = notificationsGone || Date.now() < notificationsAfter ? null : api('GET', '/api/notifications', undefined, { quiet: true, signal })
      .then((answer) => ({ answer }), (failure) => ({ failure }));
    try {
      const { data } = await page;
      if (asked === historyPage) {
        renderProfile(data?.customer ?? null);
        latest = data?.history ?? [];
        showHistory(latest);
        historyPages.show(data);
        if (latest.length === 0 && asked > 0) {
          historyPage = lastPage(data); // shown again at the next poll
        }
      }
    } catch (failure) {
      if (failure?.name !== 'AbortError' && failure instanceof ApiError && failure.status === 404) {
        renderProfile(null);
        showHistory([]);
      }
    }
    if (news) {
      const { answer, failure } = await news;
      if (answer) {
        showNotifications(Array.isArray(answer.data) ? answer.data : []);
      } else if (failure?.name !== 'AbortError') {
        // no notification service (404) or not now (503): no panel, quietly
        notifications.hidden = true;
        notificationsGone = failure instanceof ApiError && failure.status === 404;
        notificationsAfter = Date.now() + 1000 * (failure instanceof ApiError && failure.retryAfter ? failure.retryAfter : 10);
      }
    }
  }

  function showNotifications(items) {
    notificationList.replaceChildren(...(items.length
      ? items.slice(0, 10).map((n) => h('li', { 'data-type': n.type },
        h('strong', null, t(`notification.${n.type}`)), ' ', h('span', null, n.message ?? ''), h('br'),
        h('time', { datetime: n.createdAt, class: 'muted' }, moment(n.createdAt))))
      : [h('li', { class: 'muted' }, t('notifications.empty'))]));
    notifications.hidden = false;
  }

  async function cancel(entry, button) {
    const sure = await confirmDialog(
      t('mypage.cancel.confirm', { plate: entry.plateNumber ?? '', from: day(entry.pickupDate), to: day(entry.returnDate), amount: money(entry.amount ?? 0) }),
      t('mypage.cancel.yes'), t('mypage.cancel.no'));
    if (!sure || signal.aborted) {
      button.focus();
      return;
    }
    button.disabled = true;
    try {
      const { status, data } = await api('POST', `/api/reservations/${entry.reservationId}/cancel`, undefined, { signal });
      cancelled.set(entry.reservationId, data.status);
      const amount = data.amount ?? entry.amount ?? 0;
      if (status === 202) {
        refundsAwaited.set(entry.reservationId, amount);
        message.show('info', t('mypage.cancel.pending'));
      } else {
        showRefunded(amount);
      }
      showHistory(latest);
    } catch (failure) {
      if (failure?.name === 'AbortError') {
        return;
      }
      button.disabled = false;
      message.show('error', t('mypage.cancel.failed', { detail: detailOf(failure) }));
    }
  }

  poll(signal, refresh, 2000);
}
