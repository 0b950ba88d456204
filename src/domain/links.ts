// The one rule for every link the app renders or stores: absolute https URLs with a host, nothing
// else. Teams, Outlook and Adaptive Cards all open links in the user's browser; an http link there
// is readable and rewritable by anyone on the network, so it is refused where it is entered.

export type LinkProblemCode = 'not-a-url' | 'not-https' | 'has-credentials' | 'unsafe-characters';

export interface LinkProblem {
  code: LinkProblemCode;
  /** A sentence for the person who typed it. */
  message: string;
}

const UNSAFE_CHARACTERS =
  /[\u0000-\u0020\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the text cannot be a link the app shows, or undefined when it can. */
export function linkProblem(url: string): LinkProblem | undefined {
  const candidate = url.trim();
  // Browsers strip whitespace and control characters inside URLs: that is how "java\tscript:" slips past.
  // Unicode spaces, invisible and bidirectional marks would make the link read as another address,
  // and a lone surrogate would be silently replaced: none belongs in a link a person can check.
  if (UNSAFE_CHARACTERS.test(candidate)) {
    return { code: 'unsafe-characters', message: 'A link cannot contain spaces, invisible marks or control characters.' };
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
