// The logged-in account: the access token in localStorage and what its claims say (roles, name, expiry).
// The claims are only read here to choose pages; every service checks the token itself.

const TOKEN_KEY = 'rentcar.token';

function claimsOf(token) {
  try {
    const payload = token.split('.')[1];
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? claims : null;
  } catch {
    return null;
  }
}

export function token() {
  return localStorage.getItem(TOKEN_KEY);
}

/**
 * The session: null when nobody is logged in; {expired: true} when a token is kept but cannot be used any
 * more (past its expiry, or not a token at all); else {username, roles, isAdmin}.
 */
export function current() {
  const value = token();
  if (!value) {
    return null;
  }
  const claims = claimsOf(value);
  if (!claims || typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    return { expired: true };
  }
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  return {
    expired: false,
    username: claims.preferred_username ?? claims.sub,
    roles,
    isAdmin: roles.includes('ADMIN'),
  };
}

export function save(accessToken) {
  localStorage.setItem(TOKEN_KEY, accessToken);
}

export function clear() {
  localStorage.removeItem(TOKEN_KEY);
}
