import { renderThankYouMail, type ThankYouInput } from './render-thank-you';

const INPUT: ThankYouInput = {
  mentorName: 'Megan Bowen',
  menteeName: 'Adele Vance',
  message: 'The board loved the slides.\nMy notes: https://contoso.sharepoint.com/notes.docx',
  summary: {
    topic: 'Public speaking',
    goal: 'Get feedback on my slides for the board review',
    result: 'met',
    actions: [{ text: 'Cut the deck to 10 slides', owner: 'Adele Vance' }],
    resource: { title: 'Presenting to boards', url: 'https://contoso.sharepoint.com/learning/boards.aspx' },
  },
  place: { zone: 'Europe/Berlin', locale: 'en-GB' },
};

describe('renderThankYouMail', () => {
  it('thanks the mentor, shares the result and links the https resource', () => {
    const mail = renderThankYouMail(INPUT);
    expect(mail.subject).toBe('Thank you for our micro-mentoring session: Public speaking');
    expect(mail.bodyHtml).toMatch(/^<p>Dear Megan Bowen,<\/p><p>The board loved the slides\.<br>My notes: <a href="https:\/\/contoso\.sharepoint\.com\/notes\.docx"/);
    expect(mail.bodyHtml).toContain('<b>Result:</b> Goal met');
    expect(mail.bodyHtml).toContain('<a href="https://contoso.sharepoint.com/learning/boards.aspx" target="_blank" rel="noopener noreferrer">Presenting to boards</a>');
    expect(mail.bodyHtml).toMatch(/<p>With thanks,<br>Adele Vance<\/p>$/);
  });

  it('links nothing that is not https, and escapes every name', () => {
    const mail = renderThankYouMail({
      ...INPUT,
      mentorName: '<b>Megan</b>',
      message: 'Old notes: http://intranet.example/notes and javascript:alert(1)',
      summary: { ...INPUT.summary, resource: { title: 'Notes', url: 'http://intranet.example/notes' } },
    });
    expect(mail.bodyHtml).toContain('Dear &lt;b&gt;Megan&lt;/b&gt;,');
    expect(mail.bodyHtml).toContain('Old notes: http://intranet.example/notes and javascript:alert(1)');
    expect(mail.bodyHtml).toContain('Notes (http://intranet.example/notes)');
    expect(mail.bodyHtml).not.toContain('<a ');
  });

  it('keeps the subject on one line and leaves out an empty message', () => {
    const mail = renderThankYouMail({ ...INPUT, message: '  ', summary: { ...INPUT.summary, topic: 'Line\r\nbreak' } });
    expect(mail.subject).toBe('Thank you for our micro-mentoring session: Line break');
    expect(mail.bodyHtml).toMatch(/^<p>Dear Megan Bowen,<\/p><p>Here is where/);
  });
});
