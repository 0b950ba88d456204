import { escapeAttribute, escapeHtml, formatClock, formatDay, renderLink, renderTextWithLinks, usablePlace, utf8ByteLength } from './render-html';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('replaces a lone surrogate (half an emoji) with U+FFFD and keeps whole ones', () => {
    expect(escapeHtml('a\uD83C<b\uDFA4 🎤')).toBe('a\uFFFD&lt;b\uFFFD 🎤');
  });

  it('escapes backticks and equals signs in attributes as well', () => {
    expect(escapeAttribute('a=`b`"')).toBe('a&#61;&#96;b&#96;&quot;');
  });
});

describe('renderLink', () => {
  it('anchors a safe URL, opening it in a new window without an opener', () => {
    expect(renderLink('https://x.example/?a=1&b=2', 'Notes & <more>')).toBe(
      '<a href="https://x.example/?a&#61;1&amp;b&#61;2" target="_blank" rel="noopener noreferrer">Notes &amp; &lt;more&gt;</a>',
    );
  });

  it('shows an unsafe URL as escaped text, never as a link', () => {
    expect(renderLink('javascript:alert("x")')).toBe('javascript:alert(&quot;x&quot;)');
  });

  it.each(['http://x.example/notes', 'HTTP://X.EXAMPLE/', 'https://a:b@x.example/', 'https:///x.example', 'https://x.example/a\u2003b'])(
    'shows %j as text: only https links pass the link rule',
    (url) => {
      expect(renderLink(url, 'Notes')).toBe('Notes');
      expect(renderLink(url)).toBe(escapeHtml(url));
    },
  );
});

describe('renderTextWithLinks', () => {
  it('escapes the text, anchors the links and keeps line breaks', () => {
    expect(renderTextWithLinks('<b>Deck</b>: https://x.example/d.\nThanks & bye')).toBe(
      '&lt;b&gt;Deck&lt;/b&gt;: <a href="https://x.example/d" target="_blank" rel="noopener noreferrer">https://x.example/d</a>.<br>Thanks &amp; bye',
    );
  });

  it('leaves an http link as plain text, readable but not followable', () => {
    expect(renderTextWithLinks('Old deck http://x.example/d?a=1&b=2, new https://x.example/e')).toBe(
      'Old deck http://x.example/d?a=1&amp;b=2, new <a href="https://x.example/e" target="_blank" rel="noopener noreferrer">https://x.example/e</a>',
    );
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes as UTF-8 stores them', () => {
    for (const text of ['', 'abc', 'é', '€', '🎤', 'a&<é€🎤']) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('dates in the reader’s zone and language', () => {
  const start = Date.UTC(2025, 5, 3, 8, 0); // 08:00 UTC on Tuesday 3 June 2025

  it('shows Berlin time in British English', () => {
    const place = { zone: 'Europe/Berlin', locale: 'en-GB' };
    expect(formatClock(start, place)).toBe('10:00');
    expect(formatDay(start, place)).toMatch(/^Tuesday,? 3 June 2025$/);
  });

  it('shows New York time in American English and Tokyo time in Japanese', () => {
    expect(formatClock(start, { zone: 'America/New_York', locale: 'en-US' })).toMatch(/^4:00\sAM$/);
    expect(formatClock(start, { zone: 'Asia/Tokyo', locale: 'ja-JP' })).toBe('17:00');
    expect(formatDay(start, { zone: 'Pacific/Auckland', locale: 'en-NZ' }, 'medium')).toBe('3 Jun 2025');
  });

  it('shows UTC in British English when the zone or language is not one Intl knows, instead of failing', () => {
    expect(usablePlace({ zone: 'Mars/Olympus_Mons', locale: 'not a locale!' })).toEqual({ zone: 'UTC', locale: 'en-GB' });
    expect(usablePlace({ zone: 'Asia/Tokyo', locale: 'ja-JP' })).toEqual({ zone: 'Asia/Tokyo', locale: 'ja-JP' });
    expect(formatClock(start, { zone: 'Mars/Olympus_Mons', locale: 'en-GB' })).toBe('08:00');
    expect(formatDay(start, { zone: 'Europe/Berlin', locale: '' }, 'medium')).toBe('3 Jun 2025');
  });

  it('says the day is unknown for an instant that is not a time', () => {
    for (const t of [NaN, Infinity, -Infinity, 9e15]) {
      expect(formatDay(t, { zone: 'UTC', locale: 'en-GB' })).toBe('an unknown day');
      expect(formatClock(t, { zone: 'UTC', locale: 'en-GB' })).toBe('--:--');
    }
  });
});
