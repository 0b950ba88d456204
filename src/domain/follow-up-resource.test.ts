import { linkProblem } from './links';
import { RESOURCE_TITLE_MAX, validateFollowUpResource } from './follow-up-resource';

describe('validateFollowUpResource', () => {
  it('accepts an https link with a title, giving the link as the browser will open it', () => {
    expect(validateFollowUpResource({ title: '  Presenting\tto boards ', url: ' HTTPS://Contoso.SharePoint.com/learning/boards.aspx ' })).toEqual({
      ok: true,
      resource: { title: 'Presenting to boards', url: 'https://contoso.sharepoint.com/learning/boards.aspx' },
    });
  });

  it('uses the link as the title when none is given', () => {
    const result = validateFollowUpResource({ url: 'https://x.example/notes' });
    expect(result.ok && result.resource).toEqual({ title: 'https://x.example/notes', url: 'https://x.example/notes' });
  });

  it('refuses an http link where it is entered, with the link rule’s sentence', () => {
    const result = validateFollowUpResource({ title: 'Notes', url: 'http://intranet.example/notes' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'url-refused',
          field: 'url',
          message: 'Use a secure link that starts with https:// (http:// links are not accepted).',
        },
      ],
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'https:///evil.example', 'https://a:b@x.example/', 'https://x.example/a\u2003b'])(
    'refuses %j with the reason the link rule gives',
    (url) => {
      const result = validateFollowUpResource({ title: 'Notes', url });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ code: 'url-refused', field: 'url', message: linkProblem(url)?.message }]);
    },
  );

  it('asks for a link when there is none, and for a shorter title', () => {
    const result = validateFollowUpResource({ title: 'x'.repeat(RESOURCE_TITLE_MAX + 1), url: '  ' });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.field])).toEqual([
      ['url-required', 'url'],
      ['title-too-long', 'title'],
    ]);
    expect(validateFollowUpResource(null).ok).toBe(false);
  });
});
