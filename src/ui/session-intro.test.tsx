/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { SessionIntro } from './session-intro';

describe('SessionIntro', () => {
  it('lists the four phases of the time box with their minutes', () => {
    render(<SessionIntro inMeeting timeBox={30} />);
    expect(screen.getByText('This meeting is a 30-minute micro-mentoring session.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Set the container \(\d+ min\)/);
    expect(items[3]).toMatch(/^Conclude and hand off \((\d+) min\)/);
    const total = items.reduce((sum, text) => sum + Number(/\((\d+) min\)/.exec(text ?? '')?.[1]), 0);
    expect(total).toBe(30);
  });
});

describe('SessionIntro without a known time box', () => {
  it('does not claim a length for this meeting', () => {
    render(<SessionIntro inMeeting />);
    expect(screen.queryByText(/This meeting is a/)).not.toBeInTheDocument();
    expect(screen.getByText(/runs in four phases/)).toBeInTheDocument();
  });
});
