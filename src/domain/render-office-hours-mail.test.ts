import { renderSheetWithdrawnMail, renderSlotOfferMail } from './render-office-hours-mail';

const slot = { start: Date.parse('2030-01-03T09:00:00Z'), end: Date.parse('2030-01-03T09:15:00Z') };

describe('renderSlotOfferMail', () => {
  it('gives the slot and the deadline in the recipient’s zone', () => {
    const mail = renderSlotOfferMail({ menteeName: 'Ana', mentorName: 'Daniel', topic: 'public speaking', slot, deadline: Date.parse('2030-01-02T12:00:00Z'), place: { zone: 'Asia/Kolkata', locale: 'en-GB' } });
    expect(mail.bodyHtml).toContain('14:30–14:45');
    expect(mail.bodyHtml).toContain('17:30 (Asia/Kolkata)');
    expect(mail.subject).toBe('A slot is free for you: public speaking with Daniel');
  });

  it('escapes names and topics, and keeps the subject on one line', () => {
    const mail = renderSlotOfferMail({ menteeName: '<img src=x onerror=alert(1)>', mentorName: 'D & "Co"', topic: 'a\nb', slot, deadline: slot.start, place: { zone: 'UTC', locale: 'en-GB' } });
    expect(mail.bodyHtml).not.toContain('<img');
    expect(mail.bodyHtml).toContain('&lt;img');
    expect(mail.subject).not.toMatch(/\n/);
  });
});

describe('renderSheetWithdrawnMail', () => {
  it('says the slot is off, with the mentor’s escaped comment', () => {
    const mail = renderSheetWithdrawnMail({ menteeName: 'Ana', mentorName: 'Daniel', topic: 'public speaking', slot, comment: 'Sorry <b>ill</b>', place: { zone: 'UTC', locale: 'en-GB' } });
    expect(mail.bodyHtml).toContain('09:00–09:15');
    expect(mail.bodyHtml).toContain('Sorry &lt;b&gt;ill&lt;/b&gt;');
  });
});
