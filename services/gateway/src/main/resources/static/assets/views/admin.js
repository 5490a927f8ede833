// The staff's pages: the car ledger (live statuses, filters), registering a car, rentals with "record return".

import { t, money, moment, statusLabel } from '../i18n.js';
import { api, ApiError } from '../api.js';
import {
  h, field, messageArea, showFieldErrors, clearFieldErrors, badge, confirmDialog, poll, syncRows, table, cell, uid,
} from '../dom.js';

function detailOf(failure) {
  return failure instanceof ApiError ? (failure.problem.detail ?? failure.message) : String(failure);
}

// ------------------------------------------------------------------ the car ledger

export function ledgerView(main, { signal, flash }) {
  const message = messageArea();
  const statusId = uid('status');
  const status = h('select', { id: statusId, name: 'status' },
    h('option', { value: '' }, t('ledger.filter.all')),
    ['AVAILABLE', 'RENTED'].map((code) => h('option', { value: code }, statusLabel('car', code))));
  const model = field('model', t('ledger.filter.model'), { type: 'search', autocomplete: 'off', maxlength: 100 });
  const filters = h('form', { class: 'filters', role: 'search', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: statusId }, t('ledger.filter.status')), status),
    model.row);
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const cars = table(t('ledger.title'), [t('col.plate'), t('col.model'), t('col.dailyRate'), t('col.status'), t('col.updated')]);
  main.append(
    h('h1', null, t('ledger.title')),
    message.el,
    filters,
    count,
    h('div', { class: 'table-wrap' }, cars.el));
  if (flash) {
    message.show(flash.kind, flash.text);
  }

  function query() {
    const params = new URLSearchParams();
    if (status.value) {
      params.set('status', status.value);
    }
    if (model.input.value.trim()) {
      params.set('model', model.input.value.trim());
    }
    const text = params.toString();
    return text ? `/api/cars?${text}` : '/api/cars';
  }

  let asked = 0;
  async function refresh() {
    const mine = ++asked;
    try {
      const { data } = await api('GET', query(), undefined, { signal });
      if (mine !== asked) {
        return; // a newer filter has been asked for meanwhile
      }
      clearFieldErrors({ model });
      count.textContent = data.length ? t(data.length === 1 ? 'ledger.count.one' : 'ledger.count', { n: data.length }) : t('ledger.empty');
      syncRows(cars.body, data, (car) => car.id, (car) => h('tr', { 'data-car-id': car.id, 'data-plate': car.plateNumber },
        cell(t('col.plate'), h('strong', null, car.plateNumber)),
        cell(t('col.model'), car.model),
        cell(t('col.dailyRate'), money(car.dailyRate)),
        cell(t('col.status'), badge('car', car.status, statusLabel('car', car.status))),
        cell(t('col.updated'), moment(car.updatedAt))));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 400) {
        showFieldErrors({ model }, { errors: [{ field: 'model', message: detailOf(failure) }] });
      }
      throw failure;
    }
  }

  let debounce = null;
  const refilter = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => refresh().catch(() => {}), 250);
  };
  status.addEventListener('change', refilter);
  model.input.addEventListener('input', refilter);
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    refilter();
  });
  poll(signal, refresh, 2000);
}

// ------------------------------------------------------------------ registering a car

export function registerView(main, { signal }) {
  const message = messageArea();
  const fields = {
    plateNumber: field('plateNumber', t('field.plateNumber'), { required: true, maxlength: 20, autocomplete: 'off' }),
    model: field('model', t('field.model'), { required: true, maxlength: 100, autocomplete: 'off' }),
    dailyRate: field('dailyRate', t('field.dailyRate'), { type: 'number', inputmode: 'numeric', required: true, min: 1, max: 10000000, step: 1 }),
  };
  const submit = h('button', { type: 'submit', class: 'primary' }, t('register.submit'));
  const form = h('form', { class: 'card narrow', novalidate: true },
    Object.values(fields).map((f) => f.row),
    h('div', { class: 'actions' }, submit));
  main.append(h('h1', null, t('register.title')), message.el, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    submit.disabled = true;
    submit.textContent = t('register.busy');
    message.clear();
    clearFieldErrors(fields);
    const rate = fields.dailyRate.input.value.trim();
    const body = {
      plateNumber: fields.plateNumber.input.value.trim(),
      model: fields.model.input.value.trim(),
      // a number when it reads as one, else as typed: the service names the field either way
      dailyRate: rate === '' ? null : (Number.isFinite(Number(rate)) ? Number(rate) : rate),
    };
    try {
      const { data } = await api('POST', '/api/cars', body, { signal });
      message.show('success', t('register.done', { plate: data.plateNumber, model: data.model, rate: money(data.dailyRate) }),
        ' ', h('a', { href: '#/admin/cars' }, t('nav.ledger')));
      form.reset();
      fields.plateNumber.input.focus();
    } catch (failure) {
      if (failure?.name === 'AbortError') {
        return;
      }
      if (failure instanceof ApiError && failure.status === 409) {
        showFieldErrors(fields, { errors: [{ field: 'plateNumber', message: detailOf(failure) }] });
        message.show('error', t('form.fix'));
      } else if (failure instanceof ApiError && failure.status === 400 && showFieldErrors(fields, failure.problem)) {
        message.show('error', t('form.fix'));
      } else {
        message.show('error', t('error.generic', { detail: detailOf(failure) }));
      }
    } finally {
      submit.disabled = false;
      submit.textContent = t('register.submit');
    }
  });
  fields.plateNumber.input.focus();
}

// ------------------------------------------------------------------ rentals

export function rentalsView(main, { signal, flash }) {
  const message = messageArea();
  const statusId = uid('rental-status');
  const status = h('select', { id: statusId, name: 'status' },
    h('option', { value: '' }, t('ledger.filter.all')),
    ['RENTED', 'RETURNED', 'CANCELLED'].map((code) => h('option', { value: code }, statusLabel('rental', code))));
  const filters = h('form', { class: 'filters', role: 'search', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: statusId }, t('ledger.filter.status')), status));
  const rentals = table(t('rentals.title'), [t('col.car'), t('col.customer'), t('col.status'), t('col.rentedAt'), t('col.endedAt'), t('col.actions')]);
  const empty = h('p', { class: 'muted', hidden: true }, t('rentals.empty'));
  main.append(h('h1', null, t('rentals.title')), message.el, filters, h('div', { class: 'table-wrap' }, rentals.el), empty);
  if (flash) {
    message.show(flash.kind, flash.text);
  }
  let carsById = new Map();

  function carName(rental) {
    const car = carsById.get(rental.carId);
    return car ? `${car.plateNumber} · ${car.model}` : rental.carId.slice(0, 8);
  }

  let asked = 0;
  async function refresh() {
    const mine = ++asked;
    const [list, cars] = await Promise.all([
      api('GET', status.value ? `/api/rentals?status=${status.value}` : '/api/rentals', undefined, { signal }),
      api('GET', '/api/cars', undefined, { signal, quiet: true }).catch(() => null), // names only: the list works without them
    ]);
    if (mine !== asked) {
      return; // a newer filter has been asked for meanwhile
    }
    if (cars) {
      carsById = new Map(cars.data.map((car) => [car.id, car]));
    }
    const shown = list.data.map((rental) => ({ ...rental, car: carName(rental) }));
    empty.hidden = shown.length > 0;
    syncRows(rentals.body, shown, (rental) => rental.id, (rental) => h('tr', { 'data-rental-id': rental.id, 'data-car-id': rental.carId },
      cell(t('col.car'), h('strong', null, rental.car)),
      cell(t('col.customer'), h('code', { title: rental.customerId }, rental.customerId.slice(0, 8))),
      cell(t('col.status'), badge('rental', rental.status, statusLabel('rental', rental.status))),
      cell(t('col.rentedAt'), moment(rental.rentedAt)),
      cell(t('col.endedAt'), moment(rental.returnedAt ?? rental.cancelledAt)),
      cell(t('col.actions'), rental.status === 'RENTED'
        ? h('button', { type: 'button', 'data-focus': 'return', 'aria-label': `${t('rentals.return')}: ${rental.car}`, onclick: (e) => recordReturn(rental, e.currentTarget) }, t('rentals.return'))
        : null)));
  }
  status.addEventListener('change', () => refresh().catch(() => {}));
  filters.addEventListener('submit', (event) => event.preventDefault());

  async function recordReturn(rental, button) {
    const sure = await confirmDialog(t('rentals.return.confirm', { car: rental.car }), t('rentals.return.yes'), t('rentals.return.no'));
    if (!sure || signal.aborted) {
      return;
    }
    button.disabled = true;
    try {
      await api('POST', `/api/rentals/${rental.id}/return`, undefined, { signal });
      message.show('success', t('rentals.returned', { car: rental.car }));
      await refresh();
    } catch (failure) {
      if (failure?.name === 'AbortError') {
        return;
      }
      button.disabled = false;
      message.show('error', t('rentals.return.failed', { detail: detailOf(failure) }));
    }
  }

  poll(signal, refresh, 2000);
}
