/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeTabPorts } from '../common/fake-tab-ports';
import type { ListStep, ProgramSetupPort, SetupView } from '../common/program-setup-port';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { ProgramGate } from './program-gate';

const EMPTY: SetupView = {
  site: { id: 'site-1', name: 'Micromentor Program', url: 'https://contoso.sharepoint.com/sites/micromentor' },
  state: 'not-set-up',
  toCreate: [
    { list: 'Mentors', columns: 10 },
    { list: 'Sessions', columns: 26 },
  ],
  toUpgrade: [],
  differences: ['The list Mentors is missing; set-up creates it with its 10 columns.', 'The list Sessions is missing; set-up creates it with its 26 columns.'],
  leftAlone: [],
};
const READY: SetupView = { ...EMPTY, state: 'current', toCreate: [], differences: [] };

function fakeSetup(state: SetupView['state'], setUp?: ProgramSetupPort['setUp']): ProgramSetupPort {
  return {
    managers: ['sofia.lindqvist@contoso.example'],
    configuredSiteId: 'site-1',
    findSite: async (address) =>
      address.endsWith('/sites/other') ? { id: 'site-2', name: 'Other', url: address } : Promise.reject(new Error('Microsoft 365 has no SharePoint site at that address.')),
    status: async () => state,
    check: async (siteId) => (siteId === 'site-2' ? { ...EMPTY, site: { id: 'site-2', name: 'Other' } } : state === 'not-set-up' ? EMPTY : READY),
    setUp: setUp ?? (async () => READY),
  };
}

beforeAll(stubResizeObserver);

describe('the program gate', () => {
  it('tells a mentee before set-up who to ask, not an error', async () => {
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts(), programSetup: fakeSetup('not-set-up') });
    expect(await screen.findByRole('heading', { name: 'Your program is not set up yet' })).toBeInTheDocument();
    expect(screen.getByText(/Ask sofia\.lindqvist@contoso\.example to open Micromentor and press Set up the program/)).toBeInTheDocument();
    expect(screen.queryByText('the app')).toBeNull();
  });

  it('shows the program manager which site, what will be created and one button; then each list as it is set up', async () => {
    let report: (s: ListStep) => void = () => undefined;
    let finish: (v: SetupView) => void = () => undefined;
    const setUp = (onStep: (s: ListStep) => void) => {
      report = onStep;
      return new Promise<SetupView>((resolve) => (finish = resolve));
    };
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), programSetup: fakeSetup('not-set-up', setUp) });
    expect(await screen.findByText(/https:\/\/contoso\.sharepoint\.com\/sites\/micromentor/)).toBeInTheDocument();
    expect(screen.getByTestId('lists-to-create')).toHaveTextContent('Mentors (10 columns)Sessions (26 columns)');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the program' }));
    act(() => report({ list: 'Mentors', state: 'done' }));
    act(() => report({ list: 'Sessions', state: 'working' }));
    expect(screen.getByTestId('setup-progress')).toHaveTextContent('Mentors: doneSessions: setting up…');
    expect(screen.getByRole('button', { name: 'Set up the program' })).toBeDisabled();
    act(() => finish(READY));
    expect(await screen.findByText('The program is set up')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open Micromentor' }));
    expect(await screen.findByText('the app')).toBeInTheDocument();
  });

  it('checks another site entered by its address, with an error at the field, and says how to use it', async () => {
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), programSetup: fakeSetup('not-set-up') });
    const field = await screen.findByRole('textbox', { name: /Another SharePoint site/ });
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }));
    expect(await screen.findByText(/Enter the site’s address/)).toBeInTheDocument();
    fireEvent.change(field, { target: { value: 'https://contoso.sharepoint.com/sites/nowhere' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }));
    expect(await screen.findByText('Microsoft 365 has no SharePoint site at that address.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /Another SharePoint site/ }), { target: { value: 'https://contoso.sharepoint.com/sites/other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }));
    expect(await screen.findByTestId('other-site-note')).toHaveTextContent('MICROMENTOR_PROGRAM_SITE_ID=site-2');
  });

  it('says who can do it when the permission is refused', async () => {
    const refused = async () => Promise.reject({ kind: 'permission', message: 'Setting up needs permission to manage the site; ask your Microsoft 365 admin.' });
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), programSetup: fakeSetup('not-set-up', refused) });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up the program' }));
    expect(await screen.findByText('Permission needed')).toBeInTheDocument();
    expect(screen.getByTestId('setup-failure')).toHaveTextContent(/ask your Microsoft 365 admin/);
    expect(screen.getByRole('button', { name: 'Set up the program again' })).toBeEnabled();
  });

  it('shows a ready program at once, with Check the program site for its manager', async () => {
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), programSetup: fakeSetup('current') });
    expect(screen.getByText('the app')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Check the program site' }));
    expect(await screen.findByText('The program site has what Micromentor needs')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.getByText('the app')).toBeInTheDocument());
  });

  it('offers the program manager the upgrade of an older site, and lets everyone else use the app', async () => {
    const older = fakeSetup('older');
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), programSetup: older });
    expect(await screen.findByTestId('program-site-older')).toHaveTextContent('The program site is older than this version of Micromentor');
    expect(screen.getByText('the app')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Review and upgrade' }));
    expect(await screen.findByTestId('program-setup')).toBeInTheDocument();
  });

  it('shows a mentee the app on an older site, without the upgrade', async () => {
    renderWithPorts(<ProgramGate>the app</ProgramGate>, { ...fakeTabPorts(), programSetup: fakeSetup('older') });
    expect(screen.getByText('the app')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('program-site-older')).toBeNull());
  });
});
