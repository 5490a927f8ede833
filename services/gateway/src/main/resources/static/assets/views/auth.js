// Log in and sign up.

import { t } from '../i18n.js';
import { api, ApiError } from '../api.js';
import * as session from '../session.js';
import { h, field, messageArea, showFieldErrors, clearFieldErrors } from '../dom.js';

async function logIn(username, password) {
  const { data } = await api('POST', '/api/auth/login', { username, password }, { quiet: true });
  session.save(data.accessToken);
}

function problemText(failure) {
  return failure instanceof ApiError ? (failure.problem.detail ?? failure.message) : String(failure);
}

export function loginView(main, { go, flash }) {
  const message = messageArea();
  const username = field('username', t('field.username'), { autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = field('password', t('field.password'), { type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit' }, t('login.submit'));
  const form = h('form', { class: 'card narrow', novalidate: true },
    username.row, password.row,
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    submit.disabled = true;
    submit.textContent = t('login.busy');
    message.clear();
    try {
      await logIn(username.input.value.trim(), password.input.value);
      go('/');
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) {
        message.show('error', t('login.failed'));
      } else if (failure instanceof ApiError && failure.status === 400) {
        message.show('error', problemText(failure));
      } else {
        message.show('error', t('error.generic', { detail: problemText(failure) }));
      }
      password.input.select();
    } finally {
      submit.disabled = false;
      submit.textContent = t('login.submit');
    }
  });

  main.append(
    h('h1', null, t('login.title')),
    message.el,
    form,
    h('p', { class: 'aside' }, t('login.no.account'), ' ', h('a', { href: '#/signup' }, t('login.signup.link'))));
  if (flash) {
    message.show(flash.kind, flash.text);
  }
  username.input.focus();
}

export function signupView(main, { go }) {
  const message = messageArea();
  const fields = {
    username: field('username', t('field.username'), { autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false', maxlength: 32 }, t('field.username.hint')),
    password: field('password', t('field.password'), { type: 'password', autocomplete: 'new-password', required: true, maxlength: 72 }, t('field.password.hint')),
    name: field('name', t('field.name'), { autocomplete: 'name', required: true, maxlength: 100 }),
    email: field('email', t('field.email'), { type: 'email', autocomplete: 'email', required: true }),
    phone: field('phone', t('field.phone'), { type: 'tel', autocomplete: 'tel', required: true, maxlength: 20 }, t('field.phone.hint')),
  };
  const submit = h('button', { type: 'submit' }, t('signup.submit'));
  const form = h('form', { class: 'card narrow', novalidate: true },
    Object.values(fields).map((f) => f.row),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signup.busy');
    message.clear();
    clearFieldErrors(fields);
    const body = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, name === 'password' ? f.input.value : f.input.value.trim()]));
    try {
      await api('POST', '/api/customers', body, { quiet: true });
      await logIn(body.username, body.password);
      go('/', { kind: 'success', text: t('signup.welcome', { name: body.name }) });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        showFieldErrors(fields, { errors: [{ field: 'username', message: problemText(failure) }] });
        message.show('error', t('form.fix'));
      } else if (failure instanceof ApiError && failure.status === 400 && showFieldErrors(fields, failure.problem)) {
        message.show('error', t('form.fix'));
      } else {
        message.show('error', t('error.generic', { detail: problemText(failure) }));
      }
    } finally {
      submit.disabled = false;
      submit.textContent = t('signup.submit');
    }
  });

  main.append(
    h('h1', null, t('signup.title')),
    message.el,
    form,
    h('p', { class: 'aside' }, t('signup.have.account'), ' ', h('a', { href: '#/login' }, t('signup.login.link'))));
  fields.username.input.focus();
}
