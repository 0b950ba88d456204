// Escaping for every HTML we produce (meeting bodies, chat messages). All user text goes through
// here; the only markup that carries a user's value is an anchor to a checked http(s) URL.
import { splitLinks } from './precise-request';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text: also safe inside a quoted attribute, since quotes are escaped too. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A value for a double-quoted attribute. Backticks and equals signs are escaped as well, because
 * old parsers (and some mail clients' sanitisers) treat them as attribute delimiters.
 */
export function escapeAttribute(value: string): string {
  return escapeHtml(value).replace(/`/g, '&#96;').replace(/=/g, '&#61;');
}

/**
 * The URL to put in an href, or undefined when it must not be a link: only absolute http(s)
 * URLs with a host, no whitespace or control characters anywhere (browsers strip those, which is
 * how "java\tscript:" sneaks past naive checks) and no user name (https://bank.example@evil.example).
 */
export function safeHttpUrl(url: string): string | undefined {
  const candidate = url.trim();
  // A host must follow at once: browsers read "https:///x", and a backslash after "//", as a link to host x.
  if (!/^https?:\/\/[^/\\]/i.test(candidate)) return undefined;
  if (/[\u0000-\u0020\u007F-\u009F\u00A0\u2028\u2029]/.test(candidate)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.username || parsed.password) return undefined;
  // The serialised form percent-encodes quotes and angle brackets.
  return parsed.href;
}

/** An anchor when the URL is a safe http(s) URL; otherwise the text, escaped, and no link. */
export function renderLink(url: string, text: string = url): string {
  const href = safeHttpUrl(url);
  if (href === undefined) return escapeHtml(text);
  return `<a href="${escapeAttribute(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

/** User text as HTML: escaped, its http(s) links as anchors, line breaks kept. */
export function renderTextWithLinks(text: string): string {
  return splitLinks(text)
    .map((segment) => (segment.kind === 'link' ? renderLink(segment.url, segment.text) : escapeHtml(segment.text)))
    .join('')
    .replace(/\r?\n/g, '<br>');
}

/** Bytes the text takes in UTF-8, which is how mail and chat size limits are counted. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Where a reader is: dates and times are shown in their zone and language. */
export interface ReaderPlace {
  /** IANA zone name, e.g. "Europe/Berlin". */
  zone: string;
  /** BCP 47 locale, e.g. "en-GB". */
  locale: string;
}

/** "Tuesday, 3 June 2025" in the reader's zone and language. */
export function formatDay(epochMs: number, place: ReaderPlace, style: 'full' | 'medium' = 'full'): string {
  return new Intl.DateTimeFormat(place.locale, { timeZone: place.zone, dateStyle: style }).format(epochMs);
}

/** "10:30" or "10:30 AM" in the reader's zone and language. */
export function formatClock(epochMs: number, place: ReaderPlace): string {
  return new Intl.DateTimeFormat(place.locale, { timeZone: place.zone, timeStyle: 'short' }).format(epochMs);
}
