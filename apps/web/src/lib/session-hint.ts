/**
 * The session cookie is httpOnly, so the app cannot see it end. It remembers instead that someone was
 * signed in on this browser: if `me` later comes back empty without a sign-out, the session has expired.
 */
const KEY = 'filiera.signedIn';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberSignedIn(): void {
  storage()?.setItem(KEY, '1');
}

export function forgetSignedIn(): void {
  storage()?.removeItem(KEY);
}

export function wasSignedIn(): boolean {
  return storage()?.getItem(KEY) === '1';
}
