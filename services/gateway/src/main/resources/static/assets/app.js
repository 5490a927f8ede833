// The page shell: header (navigation, language switch, log out), banner, and a hash router that shows one
// view at a time. Each view gets an AbortSignal that ends its polling when another view replaces it.

import { t, language, setLanguage } from './i18n.js';
import * as session from './session.js';
import { whenSessionEnds, clearAllBanners } from './api.js';
import { h } from './dom.js';
import { loginView, signupView } from './views/auth.js';
import { carsView, myPageView } from './views/customer.js';
import { ledgerView, registerView, rentalsView } from './views/admin.js';

const ROUTES = {
  '/login': { view: loginView, access: 'public' },
  '/signup': { view: signupView, access: 'public' },
  '/cars': { view: carsView, access: 'customer', nav: 'nav.cars' },
  '/mypage': { view: myPageView, access: 'customer', nav: 'nav.mypage' },
  '/admin/cars': { view: ledgerView, access: 'admin', nav: 'nav.ledger' },
  '/admin/cars/new': { view: registerView, access: 'admin', nav: 'nav.register' },
  '/admin/rentals': { view: rentalsView, access: 'admin', nav: 'nav.rentals' },
};

let active = null; // {path, controller}
let flash = null; // a message for the next view: {kind, text}

function home(current) {
  if (!current || current.expired) {
    return '/login';
  }
  return current.isAdmin ? '/admin/cars' : '/cars';
}

export function go(path, message = null) {
  flash = message;
  if (location.hash === `#${path}`) {
    render();
  } else {
    location.hash = `#${path}`;
  }
}

function endSession(message) {
  session.clear();
  clearAllBanners();
  go('/login', message);
}

function renderHeader(current, path) {
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  const loggedIn = current && !current.expired;
  if (loggedIn) {
    const access = current.isAdmin ? 'admin' : 'customer';
    const list = h('ul');
    for (const [route, spec] of Object.entries(ROUTES)) {
      if (spec.access === access && spec.nav) {
        list.append(h('li', null, h('a', { href: `#${route}`, 'aria-current': route === path ? 'page' : null }, t(spec.nav))));
      }
    }
    nav.append(list);
  }
  document.getElementById('who').textContent = loggedIn ? t('signed.in.as', { name: current.username }) : '';
  const logout = document.getElementById('logout');
  logout.hidden = !loggedIn;
  logout.textContent = t('logout');
  const lang = document.getElementById('lang');
  lang.textContent = t('lang.switch');
  lang.setAttribute('aria-label', t('lang.switch.label'));
  lang.setAttribute('lang', language() === 'en' ? 'ko' : 'en');
  document.querySelector('.skip').textContent = t('skip');
}

function render() {
  const hash = location.hash;
  if (hash && !hash.startsWith('#/')) {
    return; // an in-page anchor, not a route
  }
  let path = hash.slice(1) || '/';
  const current = session.current();
  if (current?.expired) {
    endSession({ kind: 'error', text: t('session.expired') });
    return;
  }
  const route = ROUTES[path];
  if (!route) {
    go(home(current), flash);
    return;
  }
  if (route.access !== 'public' && !current) {
    go('/login', flash);
    return;
  }
  if (route.access === 'public' && current) {
    go(home(current), flash);
    return;
  }
  if ((route.access === 'admin') !== Boolean(current?.isAdmin) && route.access !== 'public') {
    go(home(current), flash);
    return;
  }
  active?.controller.abort();
  const controller = new AbortController();
  active = { path, controller };
  renderHeader(current, path);
  const main = document.getElementById('main');
  main.replaceChildren();
  const message = flash;
  flash = null;
  route.view(main, { signal: controller.signal, go, flash: message, session: current });
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · RentCar` : 'RentCar';
  // move focus to the new page so keyboard and screen-reader users start there (not on the first load)
  if (render.before && !main.contains(document.activeElement)) {
    main.focus();
  }
  render.before = true;
}

whenSessionEnds(() => {
  // several requests in flight may each be refused: the first one ends the session, the rest have nothing to end
  if (session.token()) {
    endSession({ kind: 'error', text: t('session.expired') });
  }
});

document.getElementById('lang').addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'ko' : 'en');
  flash = null;
  render();
});
document.getElementById('logout').addEventListener('click', () => endSession({ kind: 'info', text: t('logged.out') }));
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', render);
render();
