/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { REQUEST_LIMITS, type PreciseRequest } from '../../domain/precise-request';
import { fakeMentor, FAKE_NOW, FAKE_VIEWER } from '../common/fake-tab-ports';
import { RequestForm } from './request-form';

const start = FAKE_NOW + 3 * 3_600_000;

function renderForm(onBook = jest.fn<void, [PreciseRequest]>(), topics = ['presentation coaching', 'budgeting'], search?: string) {
  render(
    <RequestForm
      mentor={fakeMentor('m1', { topics, sessionLengths: [30, 45] })}
      search={search}
      start={start}
      timeBox={45}
      viewer={FAKE_VIEWER}
      checkSlot={() => ({ bookable: true })}
      onBook={onBook}
      onBack={() => undefined}
    />,
  );
  return onBook;
}

const field = (testId: string) => {
  const el = screen.getByTestId(testId);
  return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' ? el : el.querySelector('input,textarea,select')) as HTMLInputElement;
};

/** The field around a control: its label, hint and validation message. */
const atField = (testId: string) => field(testId).closest('.fui-Field') as HTMLElement;

describe('RequestForm', () => {
  it('offers the precise rewrite for a vague request, and accepting it fills the fields', async () => {
    const onBook = renderForm();
    fireEvent.change(field('request-goal'), { target: { value: 'Can I pick your brain sometime?' } });
    expect(await screen.findByTestId('coaching')).toHaveTextContent('"pick your brain" does not tell your mentor what to prepare');
    const rewrite = screen.getByTestId('rewrite-text').textContent!;
    expect(rewrite).toMatch(/^Could I schedule 45 minutes/);

    fireEvent.click(screen.getByTestId('accept-rewrite'));
    expect(field('request-goal').value).toBe(rewrite);
    expect(field('request-success').value).not.toBe('');
    // Coaching could not tell what the help is for: those parts are left in brackets to fill in.
    expect(rewrite).toContain('[');
    expect(screen.getByTestId('book-button')).toBeDisabled();
    expect(atField('request-goal')).toHaveTextContent(/Replace \[.+\] in your goal/);

    const filled = 'Could I schedule 45 minutes to get your feedback on my budget slides for the board review?';
    fireEvent.change(field('request-goal'), { target: { value: filled } });
    expect(screen.getByTestId('book-button')).toBeEnabled();
    fireEvent.click(screen.getByTestId('book-button'));
    expect(onBook).toHaveBeenCalledWith(expect.objectContaining({ goal: filled, topic: 'presentation coaching', timeBox: 45 }));
  });

  it('shows each error at its field and keeps Book disabled, with the reason, while one remains', () => {
    renderForm();
    const book = screen.getByTestId('book-button');
    expect(book).toBeDisabled();
    expect(screen.getByTestId('book-blocked')).toHaveTextContent('Write your goal');

    fireEvent.change(field('request-goal'), { target: { value: 'Help?' } });
    expect(atField('request-goal')).toHaveTextContent('Your goal is 5 characters');
    expect(field('request-goal')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(field('request-goal'), { target: { value: 'Could you review my slides for the board review?' } });
    fireEvent.change(field('request-context'), { target: { value: 'Deck: http://intranet.example/deck' } });
    expect(atField('request-context')).toHaveTextContent('The link http://intranet.example/deck cannot be used');
    expect(book).toBeDisabled();

    fireEvent.change(field('request-context'), { target: { value: 'Deck: https://intranet.example/deck' } });
    fireEvent.change(field('request-success'), { target: { value: 'Three changes to make before Friday.' } });
    expect(book).toBeEnabled();
    expect(screen.queryByTestId('book-blocked')).toBeNull();
  });

  it('counts characters against the limits', () => {
    renderForm();
    fireEvent.change(field('request-goal'), { target: { value: 'Feedback on my deck' } });
    expect(screen.getByText('19 / 280')).toBeInTheDocument();
  });

  it('caps what a paste can put in a field, above the limit so "too long" is still said at the field', () => {
    renderForm();
    expect(field('request-goal').maxLength).toBe(2 * REQUEST_LIMITS.goal.max);
    expect(field('request-context').maxLength).toBe(2 * REQUEST_LIMITS.context.max);
    expect(field('request-success').maxLength).toBe(2 * REQUEST_LIMITS.success.max);
    fireEvent.change(field('request-goal'), { target: { value: 'x'.repeat(REQUEST_LIMITS.goal.max + 1) } });
    fireEvent.blur(field('request-goal'));
    expect(atField('request-goal')).toHaveTextContent(`keep it to one question of at most ${REQUEST_LIMITS.goal.max}`);
  });

  it("starts on the mentor's topic that fits the search and the question best, until the person picks one", () => {
    const topics = ['public speaking', 'presentation coaching', 'negotiation'];
    renderForm(undefined, topics, 'How do I get better at presenting my slides to the board?');
    // "presenting" names both topics; "slides" and "the board" only presentation coaching.
    expect(field('request-topic').value).toBe('presentation coaching');

    fireEvent.change(field('request-goal'), { target: { value: 'How do I negotiate the budget for my team?' } });
    expect(field('request-topic').value).toBe('negotiation');

    fireEvent.change(field('request-topic'), { target: { value: 'public speaking' } });
    fireEvent.change(field('request-goal'), { target: { value: 'Could you review my slides for the board review?' } });
    expect(field('request-topic').value).toBe('public speaking');
  });
});
