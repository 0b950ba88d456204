// The one rule for every link the app renders or stores: absolute https URLs with a host, nothing
// else. Teams, Outlook and Adaptive Cards all open links in the user's browser; an http link there
// is readable and rewritable by anyone on the network, so it is refused where it is entered.

export type LinkProblemCode = 'not-a-url' | 'not-https' | 'has-credentials' | 'unsafe-characters';

export interface LinkProblem {
  code: LinkProblemCode;
  /** A sentence for the person who typed it. */
  message: string;
}

/** Why the text cannot be a link the app shows, or undefined when it can. */
export function linkProblem(url: string): LinkProblem | undefined {
  const candidate = url.trim();
  // Browsers strip whitespace and control characters inside URLs: that is how "java\tscript:" slips past.
  if (/[\u0000-\u0020\u007F-\u009F\u00A0\u2028\u2029]/.test(candidate)) {
    return { code: 'unsafe-characters', message: 'A link cannot contain spaces or control characters.' };
  }
  if (/^http:\/\//i.test(candidate)) {
    return { code: 'not-https', message: 'Use a secure link that starts with https:// (http:// links are not accepted).' };
  }
  // A host must follow at once: browsers read "https:///x", and a backslash after "//", as a link to host x.
  if (!/^https:\/\/[^/\\]/i.test(candidate)) {
    return { code: 'not-a-url', message: 'Enter a full link that starts with https://.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { code: 'not-a-url', message: 'Enter a full link that starts with https://.' };
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname) return { code: 'not-a-url', message: 'Enter a full link that starts with https://.' };
  if (parsed.username || parsed.password) {
    return { code: 'has-credentials', message: 'A link cannot carry a user name or password (as in https://name@host).' };
  }
  return undefined;
}

/** The serialised https URL (quotes and angle brackets percent-encoded), or undefined when it must not be a link. */
export function safeHttpsUrl(url: string): string | undefined {
  if (linkProblem(url)) return undefined;
  return new URL(url.trim()).href;
}
