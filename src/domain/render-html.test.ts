import { escapeAttribute, escapeHtml, formatClock, formatDay, renderLink, renderTextWithLinks, safeHttpUrl, utf8ByteLength } from './render-html';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes backticks and equals signs in attributes as well', () => {
    expect(escapeAttribute('a=`b`"')).toBe('a&#61;&#96;b&#96;&quot;');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://contoso.sharepoint.com/a b', undefined],
    ['https://contoso.sharepoint.com/deck.pptx', 'https://contoso.sharepoint.com/deck.pptx'],
    ['  HTTP://Example.COM/Path  ', 'http://example.com/Path'],
    ['https://x.example/"><script>', 'https://x.example/%22%3E%3Cscript%3E'],
  ])('keeps %j as %j', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative',
    'https://',
    'https:///nohost',
    'https://\\evil.example/',
    'https://bank.example@evil.example/',
    'https://x.example/\u0000y',
    'http\n://x.example',
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeUndefined();
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
});

describe('renderTextWithLinks', () => {
  it('escapes the text, anchors the links and keeps line breaks', () => {
    expect(renderTextWithLinks('<b>Deck</b>: https://x.example/d.\nThanks & bye')).toBe(
      '&lt;b&gt;Deck&lt;/b&gt;: <a href="https://x.example/d" target="_blank" rel="noopener noreferrer">https://x.example/d</a>.<br>Thanks &amp; bye',
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
});
