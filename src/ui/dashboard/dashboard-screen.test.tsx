/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DashboardPort } from '../common/dashboard-ports';
import { fakeDashboardData, fakeDashboardPort } from '../common/fake-dashboard-port';
import { fakeFlashEventsPort } from '../common/fake-flash-events-port';
import { FAKE_NOW, fakeTabPorts } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { DashboardScreen } from './dashboard-screen';

beforeAll(() => {
  stubResizeObserver();
  // jsdom has no canvas; the charts measure text with one. Quiet, not failing.
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
});
jest.setTimeout(30_000);

const PM = { isProgramManager: true, zone: 'Europe/London' };

function renderDashboard(dashboard: DashboardPort = fakeDashboardPort()) {
  return renderWithPorts(<DashboardScreen />, fakeTabPorts({ dashboard, viewer: PM }));
}

/** The cell of a table in the row whose first cell is `row`, in the column headed `column`. */
function cell(tableId: string, row: string, column: string): string {
  const table = screen.getByTestId(`table-${tableId}`);
  const tr = table.querySelector(`tr[data-row="${row}"]`);
  if (!tr) throw new Error(`No row ${row} in ${tableId}`);
  return tr.querySelector(`[data-column="${column}"]`)!.textContent ?? '';
}

const showTable = (id: string) => fireEvent.click(screen.getByTestId(`table-toggle-${id}`));

describe('Program dashboard', () => {
  it('shows the figures, each chart with a table view, and a short topic with who could add it', async () => {
    renderDashboard();
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
    // Five sessions in the last twelve weeks (one cancelled, one upcoming).
    expect(screen.getByTestId('figure-sessions').textContent).toBe('5');
    expect(screen.getByTestId('figure-held').textContent).toBe('3');
    expect(screen.getByTestId('figure-thank-you').textContent).toBe('33 %');
    expect(screen.getByTestId('figure-flash').textContent).toBe('75 %');
    expect(screen.getByTestId('figure-median-wait').textContent).toBe('2');
    for (const id of ['demand', 'weeks', 'results', 'load']) {
      expect(screen.getByTestId(`chart-${id}`)).toBeTruthy();
      showTable(id);
      expect(screen.getByTestId(`table-${id}`)).toBeTruthy();
    }
    // Budgeting: 2 requests and 2 searches with nobody free, against no free slot; Daniel has room.
    expect(cell('demand', 'budgeting', 'Demand outruns supply')).toBe('yes');
    expect(cell('demand', 'budgeting', 'Mentors who could add it')).toBe('Daniel Okafor');
    expect(within(screen.getByTestId('short-topics')).getByText(/Daniel Okafor/)).toBeTruthy();
    expect(cell('results', 'public speaking', 'Met')).toBe('1');
    expect(cell('results', 'public speaking', 'Partly')).toBe('1');
    expect(cell('weeks', '2026-02-16', 'Held')).toBe('2');
    expect(cell('load', 'Daniel Okafor', 'Weekly cap')).toBe('2');
    // Hand-edited rows are counted with their column.
    expect(screen.getByTestId('skipped-rows').textContent).toMatch(/2 rows left out.*“Status”/);
  });

  it('filters change the numbers: department, topic, dates and pilot', async () => {
    renderDashboard();
    await screen.findByTestId('dashboard');
    fireEvent.change(screen.getByTestId('filter-department'), { target: { value: 'Finance' } });
    expect(screen.getByTestId('figure-sessions').textContent).toBe('2');
    fireEvent.change(screen.getByTestId('filter-department'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-topic'), { target: { value: 'public speaking' } });
    expect(screen.getByTestId('figure-sessions').textContent).toBe('3');
    fireEvent.change(screen.getByTestId('filter-topic'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '2026-02-25' } });
    expect(screen.getByTestId('figure-sessions').textContent).toBe('3');
    // A last day before the first is said at the field; the numbers stay as they were.
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-02-01' } });
    expect(screen.getByText('Pick a day on or after the first.')).toBeTruthy();
    expect(screen.getByTestId('figure-sessions').textContent).toBe('3');
    fireEvent.click(screen.getByTestId('filter-clear'));
    fireEvent.change(screen.getByTestId('filter-pilot'), { target: { value: 'pilot-1' } });
    // The pilot's people are Daniel and mentee-1 over its four weeks: three sessions (one upcoming).
    expect(screen.getByTestId('figure-sessions').textContent).toBe('3');
    expect(screen.getAllByTestId('pilot-card')).toHaveLength(1);
    expect(cell('pilots', 'Sales pilot', 'Sessions')).toBe('3');
    expect(cell('pilots', 'Sales pilot', 'Goal sessions')).toBe('4');
  });

  it('Download CSV holds exactly the numbers on screen', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:csv';
    }) as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderDashboard();
    await screen.findByTestId('dashboard');
    fireEvent.change(screen.getByTestId('filter-department'), { target: { value: 'Sales' } });
    fireEvent.click(screen.getByTestId('download-csv'));
    expect(click).toHaveBeenCalled();
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    showTable('results');
    showTable('weeks');
    // Every row of every table on screen is a line of the CSV, and nothing else is.
    const lines = csv.split('\r\n');
    const tables = ['demand', 'weeks', 'results', 'load', 'pilots', 'outcomes'];
    showTable('demand');
    showTable('load');
    let rowsOnScreen = 0;
    for (const id of tables) {
      for (const tr of screen.getByTestId(`table-${id}`).querySelectorAll('tbody tr[data-row]')) {
        rowsOnScreen += 1;
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
        expect(lines).toContain(cells.map((c) => (/[",']/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
      }
    }
    const headerLines = tables.length * 2;
    expect(lines.filter((l) => l !== '').length).toBe(rowsOnScreen + headerLines);
    expect(csv).toContain('Sessions,3');
    click.mockRestore();
  });

  it('a failed read says what to do and Retry reads again', async () => {
    let calls = 0;
    const port: DashboardPort = {
      load: async (progress) => {
        calls += 1;
        progress({ step: 'sessions', label: 'Reading the sessions…' });
        if (calls === 1) throw { code: 'throttled', message: 'Microsoft 365 is busy.', retryAfterMs: 30_000 };
        return fakeDashboardData();
      },
      startPilot: async () => Promise.reject(new Error('not in this test')),
    };
    renderDashboard(port);
    expect((await screen.findByTestId('error-state')).textContent).toMatch(/Try again in about 30 seconds/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('starts a pilot: errors at each field, then the pilot appears with its progress', async () => {
    const dashboard = fakeDashboardPort();
    const people = [{ userId: 'mentor-1', name: 'Daniel Okafor', email: 'd@contoso.example' }];
    const flashEvents = fakeFlashEventsPort({ events: [], participants: [], mentors: people, directory: [{ userId: 'mentee-9', name: 'Priya Natarajan', email: 'p@contoso.example' }] }, 'viewer-1', () => FAKE_NOW);
    renderWithPorts(<DashboardScreen />, fakeTabPorts({ dashboard, flashEvents, viewer: PM }));
    fireEvent.click(await screen.findByTestId('pilot-open-form'));
    fireEvent.change(screen.getByTestId('pilot-goal-sessions'), { target: { value: '0' } });
    fireEvent.change(screen.getByTestId('pilot-to'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByTestId('pilot-start'));
    expect(screen.getByText('Give the pilot a name.')).toBeTruthy();
    expect(screen.getByText('The pilot must end after it starts.')).toBeTruthy();
    expect(screen.getByTestId('pilot-people-error').textContent).toBe('Add at least one mentor and one mentee.');
    expect(screen.getByText(/Aim for 1 to 10,000 sessions/)).toBeTruthy();
    expect(dashboard.started).toHaveLength(0);

    fireEvent.change(screen.getByTestId('pilot-name'), { target: { value: 'Finance pilot' } });
    fireEvent.change(screen.getByTestId('pilot-to'), { target: { value: '2026-03-29' } });
    fireEvent.change(screen.getByTestId('pilot-goal-sessions'), { target: { value: '12' } });
    fireEvent.click(screen.getByText('Choose mentors from the Mentors list'));
    fireEvent.click(within(await screen.findByRole('group', { name: 'People to invite as mentors' })).getByLabelText(/Daniel Okafor/));
    fireEvent.click(screen.getByTestId('invite-mentors-send'));
    fireEvent.change(screen.getByTestId('mentee-search'), { target: { value: 'Priya' } });
    fireEvent.submit(screen.getByTestId('mentee-search').closest('form')!);
    fireEvent.click(within(await screen.findByRole('group', { name: 'People to invite as mentees' })).getByLabelText(/Priya Natarajan/));
    fireEvent.click(screen.getByTestId('invite-mentees-send'));
    fireEvent.click(screen.getByTestId('pilot-start'));
    await waitFor(() => expect(screen.queryByTestId('pilot-form')).toBeNull());
    expect(dashboard.started).toHaveLength(1);
    expect(dashboard.started[0]!.pilot).toMatchObject({ name: 'Finance pilot', from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 30) - 3_600_000, people: ['mentor-1', 'mentee-9'], goal: { sessions: 12, metOrPartly: 0.7 } });
    expect(screen.getAllByTestId('pilot-card').map((c) => c.getAttribute('data-pilot'))).toContain(dashboard.started[0]!.key);
    expect(cell('pilots', 'Finance pilot', 'Goal sessions')).toBe('12');
  });
});
