// Calls the public API through the gateway. Answers are {status, data}; refusals throw ApiError with the
// problem+json body. A 401 on a logged-in call ends the session (back to login with a message); a service
// that is down (502/503/504) raises a banner, not a blank page, unless the caller handles it itself (quiet).

import { t } from './i18n.js';
import * as session from './session.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }
}

let onSessionEnded = () => {};

/** Set by the app: what to do when the server says the session is over. */
export function whenSessionEnds(handler) {
  onSessionEnded = handler;
}

// ---- the banner: one line per unavailable service, cleared when that service answers again ----
const outages = new Map();

function renderBanners() {
  const box = document.getElementById('banners');
  box.replaceChildren();
  for (const [key, text] of outages) {
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'link-button';
    close.textContent = t('close');
    close.addEventListener('click', () => {
      outages.delete(key);
      renderBanners();
    });
    const line = document.createElement('p');
    line.className = 'banner';
    line.dataset.service = key;
    line.append(document.createTextNode(text), ' ', close);
    box.append(line);
  }
}

export function raiseBanner(key, text) {
  outages.set(key, text);
  renderBanners();
}

export function clearBanner(key) {
  if (outages.delete(key)) {
    renderBanners();
  }
}

export function clearAllBanners() {
  outages.clear();
  renderBanners();
}

/** Which service a path belongs to, for the banner: /api/cars/123 → /api/cars. */
function serviceKey(path) {
  return path.split('?')[0].split('/').slice(0, 3).join('/');
}

function retryAfterOf(response, problem) {
  const header = response.headers.get('Retry-After');
  const seconds = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
  if (seconds !== null) {
    return seconds;
  }
  return Number.isInteger(problem?.retryAfterSeconds) ? problem.retryAfterSeconds : null;
}

/**
 * api('GET', '/api/mypage') → {status, data}. Options: quiet (the caller shows outages itself), signal.
 */
export async function api(method, path, body, { quiet = false, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const bearer = session.token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const key = serviceKey(path);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (failure) {
    if (failure?.name === 'AbortError') {
      throw failure;
    }
    if (!quiet) {
      raiseBanner('offline', t('banner.offline'));
    }
    throw new ApiError(0, { detail: t('banner.offline') }, null);
  }
  clearBanner('offline');
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text.slice(0, 200) };
    }
  }
  if (response.ok) {
    if (!quiet) {
      clearBanner(key);
    }
    return { status: response.status, data };
  }
  const retryAfter = retryAfterOf(response, data);
  const failure = new ApiError(response.status, data, retryAfter);
  if (response.status === 401 && bearer && !path.startsWith('/api/auth/')) {
    onSessionEnded();
  } else if ([502, 503, 504].includes(response.status) && !quiet) {
    // named as the person knows it ("Car ledger"), not by the service behind it
    const named = t(`service.${data?.service ?? key.replace('/api/', '')}`);
    const service = named.startsWith('service.') ? t('service.downstream') : named;
    raiseBanner(key, t('banner.down', { service, n: retryAfter ?? 5 }));
  }
  throw failure;
}
