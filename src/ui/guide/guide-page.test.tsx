/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from '../../domain/checklists';
import { EmptyState } from '../common/empty-state';
import { GuidePage } from './guide-page';

describe('GuidePage', () => {
  it('has the four parts of the method and both checklists as the sessions use them', () => {
    const onPrint = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <GuidePage onPrint={onPrint} />
      </FluentProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How micro-mentoring works here');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['One session, four steps', 'For mentees', 'For mentors', 'For program managers']);
    for (const item of [...MENTEE_CHECKLIST, ...MENTOR_CHECKLIST]) expect(screen.getByText(`☐ ${item.text}`)).toBeInTheDocument();
    expect(screen.getByTestId('guide')).toHaveTextContent('Could I schedule 30 minutes to get your feedback on my slides for the board review?');
    fireEvent.click(screen.getByRole('button', { name: 'Print this guide' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('is linked from every empty state, opening beside the surface', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <EmptyState title="No sessions yet" />
      </FluentProvider>,
    );
    const link = screen.getByRole('link', { name: 'How micro-mentoring works here' });
    expect(link).toHaveAttribute('href', 'guide.html');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
