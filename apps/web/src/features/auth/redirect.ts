/** What /sign-in is told when someone is sent there: where they were going, and why. */
export interface SignInRedirect {
  from?: string;
  reason?: 'expired' | 'required';
}

/** Reads the router state /sign-in received; anything unexpected counts as nothing. */
export function readSignInRedirect(state: unknown): SignInRedirect {
  if (typeof state !== 'object' || state === null) return {};
  const { from, reason } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && isSafeRedirect(from) ? from : undefined,
    reason: reason === 'expired' || reason === 'required' ? reason : undefined,
  };
}

/** Only paths of this app: "//evil.example" or "https://…" would leave it. */
export function isSafeRedirect(path: string): boolean {
  return (
    path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !path.startsWith('/sign-in')
  );
}
