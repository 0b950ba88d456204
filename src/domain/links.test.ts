import { linkProblem, safeHttpsUrl, type LinkProblemCode } from './links';

describe('linkProblem', () => {
  it.each([
    'https://contoso.sharepoint.com/sites/finance/board-q3.pptx',
    'HTTPS://Contoso.SharePoint.com/a?b=1#c',
    '  https://x.example/  ',
    'https://例え.jp/パス',
    'https://x.example/🎤',
    'https://[2001:db8::1]/notes',
  ])('accepts the https link %j', (url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  it.each<[string, LinkProblemCode]>([
    ['http://contoso.sharepoint.com/deck.pptx', 'not-https'],
    ['HTTP://X.EXAMPLE/', 'not-https'],
    [' http://x.example/', 'not-https'],
    ['javascript:alert(1)', 'not-a-url'],
    ['JaVaScRiPt:alert(1)', 'not-a-url'],
    ['data:text/html,<script>alert(1)</script>', 'not-a-url'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'not-a-url'],
    ['vbscript:msgbox(1)', 'not-a-url'],
    ['ftp://x.example/file', 'not-a-url'],
    ['mailto:a@b.example', 'not-a-url'],
    ['//evil.example/x', 'not-a-url'],
    ['/relative/path', 'not-a-url'],
    ['', 'not-a-url'],
    ['https://', 'not-a-url'],
    ['https:///x', 'not-a-url'],
    ['https:///evil.example/', 'not-a-url'],
    ['https:\\\\evil.example', 'not-a-url'],
    ['https:/\\evil.example', 'not-a-url'],
    ['https://\\evil.example/', 'not-a-url'],
    ['https:evil.example', 'not-a-url'],
    ['https://x.example:99999/', 'not-a-url'],
    ['https://bank.example@evil.example/', 'has-credentials'],
    ['https://user:secret@x.example/', 'has-credentials'],
    ['https://:secret@x.example/', 'has-credentials'],
    ['java\tscript:alert(1)', 'unsafe-characters'],
    ['https://x.example/\u0000y', 'unsafe-characters'],
    ['https://x.example/a\nb', 'unsafe-characters'],
    ['http\n://x.example', 'unsafe-characters'],
    ['https://x.example/\u0085', 'unsafe-characters'],
    ['https://x.example/\u007F', 'unsafe-characters'],
    ['https://x.example/a b', 'unsafe-characters'],
    ['https://x.example/a\u00A0b', 'unsafe-characters'],
    ['https://x.example/a\u2003b', 'unsafe-characters'],
    ['https://x.example/a\u3000b', 'unsafe-characters'],
    ['https://x\u2009.example/', 'unsafe-characters'],
    ['https://x.example/a\u2028b', 'unsafe-characters'],
    ['https://x.example/a\u200Bb', 'unsafe-characters'],
    ['https://x.example/a\uFEFFb', 'unsafe-characters'],
    ['https://x.example/txt.exe\u202Efdp', 'unsafe-characters'],
    ['https://x.example/\u2066a\u2069', 'unsafe-characters'],
    ['https://x.example/\uD800', 'unsafe-characters'],
    ['https://x.example/\uDC00a', 'unsafe-characters'],
  ])('refuses %j as %s', (url, code) => {
    expect(linkProblem(url)?.code).toBe(code);
  });

  it('tells the person what to type instead, in a sentence', () => {
    expect(linkProblem('http://x.example/')?.message).toBe(
      'Use a secure link that starts with https:// (http:// links are not accepted).',
    );
    expect(linkProblem('javascript:alert(1)')?.message).toBe('Enter a full link that starts with https://.');
    expect(linkProblem('https://a@x.example/')?.message).toMatch(/user name or password/);
    expect(linkProblem('https://x.example/a b')?.message).toMatch(/cannot contain spaces/);
  });
});

describe('safeHttpsUrl', () => {
  it.each([
    ['https://contoso.sharepoint.com/deck.pptx', 'https://contoso.sharepoint.com/deck.pptx'],
    ['  HTTPS://Example.COM/Path  ', 'https://example.com/Path'],
    ['https://x.example/"><script>', 'https://x.example/%22%3E%3Cscript%3E'],
    ['https://x.example/a?b=<c>&d=\'e\'', 'https://x.example/a?b=%3Cc%3E&d=%27e%27'],
    ['https://例え.jp/パス', 'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9'],
  ])('gives %j as the serialised %j', (url, expected) => {
    expect(safeHttpsUrl(url)).toBe(expected);
  });

  it('keeps a backslash in the path on the same host', () => {
    const href = safeHttpsUrl('https://x.example/share\\notes.docx');
    expect(href && new URL(href).hostname).toBe('x.example');
  });

  it.each(['http://x.example/', 'javascript:alert(1)', 'data:text/html,x', 'https:///x', 'https://a:b@x.example/', 'https://x.example/\u0007'])(
    'gives nothing for %j',
    (url) => {
      expect(safeHttpsUrl(url)).toBeUndefined();
    },
  );

  it('never gives a URL that is not https, whatever it is handed', () => {
    const odd = ['https://x.example/\uD83C', 'https://x.example/%', 'https://x.example/%zz', 'https://x.example/' + 'a'.repeat(100_000)];
    for (const url of odd) {
      const href = safeHttpsUrl(url);
      if (href !== undefined) expect(new URL(href).protocol).toBe('https:');
    }
  });
});
