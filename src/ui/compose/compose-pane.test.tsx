/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { fakeMentor, fakeTabPorts } from '../common/fake-tab-ports';
import { PortsProvider } from '../common/ports-context';
import { stubResizeObserver } from '../common/render-with-ports';
import { ComposeProvider } from './compose-context';
import { ComposePane } from './compose-pane';
import { fakeCompose } from './fake-compose';

function renderPane(compose: ReturnType<typeof fakeCompose>['port'] | undefined) {
  stubResizeObserver();
  return render(
    <PortsProvider ports={fakeTabPorts({ mentors: [fakeMentor('m1', { displayName: 'Daniel Okafor', topics: ['budgeting'] })] })}>
      <ComposeProvider compose={compose}>
        <ComposePane />
      </ComposeProvider>
    </PortsProvider>,
  );
}

async function openRequest() {
  await screen.findByTestId('next-slot');
  fireEvent.click(screen.getByRole('button', { name: 'See times and ask' }));
  fireEvent.click(within(screen.getByTestId('mentor-detail')).getAllByTestId('slot-option')[0]!);
  const goal = screen.getByTestId('request-goal');
  fireEvent.change(goal.querySelector('input') ?? goal, { target: { value: 'Could I get your feedback on my budget for next year?' } });
  fireEvent.change(screen.getByTestId('request-success'), { target: { value: 'A budget I can defend' } });
}

describe('Outlook task pane', () => {
  it('on a new meeting, the request ends in Fill this meeting (not Book) and shows each step at the button', async () => {
    const { port, item } = fakeCompose('<p>mine</p>');
    renderPane(port);
    await openRequest();
    expect(screen.queryByTestId('book-button')).toBeNull();
    fireEvent.click(screen.getByTestId('fill-meeting'));
    expect(await screen.findByTestId('teams-warning')).toHaveTextContent('Switch on Teams meeting in the meeting form before you send: Micromentor cannot add it.');
    expect(screen.getAllByTestId('fill-step').map((s) => s.getAttribute('data-status'))).toEqual(['done', 'done', 'done', 'done']);
    expect(item.to).toEqual(['m1@contoso.example']);
    expect(item.body.endsWith('<p>mine</p>')).toBe(true);
  });

  it('on a new message, the request ends in Write a precise request', async () => {
    renderPane(fakeCompose('', { kind: 'message' }).port);
    await openRequest();
    expect(screen.getByTestId('write-request')).toHaveTextContent('Write a precise request');
  });

  it('says so when the host gives no item', () => {
    renderPane(undefined);
    expect(screen.getByTestId('compose-missing')).toBeInTheDocument();
  });
});
