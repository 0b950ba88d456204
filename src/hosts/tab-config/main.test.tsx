/** @jest-environment jsdom */
// The configuration page as Teams loads it: teams-js is replaced by a host that can lack
// pages.config, so the page's own wiring (capability check, save handler, one React root) runs.
import { screen } from '@testing-library/react';

interface MockHost {
  initialized: boolean;
  configSupported: boolean;
  frameContext: string;
  calls: string[];
  onSave?: (save: { notifySuccess(): void; notifyFailure(reason: string): void }) => void;
}

const mockHost: MockHost = { initialized: false, configSupported: true, frameContext: 'settings', calls: [] };

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: async () => {
      mockHost.initialized = true;
      mockHost.calls.push('initialize');
    },
    getContext: async () => ({ app: { theme: 'default' }, page: { frameContext: mockHost.frameContext }, user: { id: 'u1', displayName: 'Daniel Okafor' } }),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: async () => mockHost.calls.push('notifySuccess'),
  },
  pages: {
    config: {
      // Like teams-js: asking before initialize throws; calling an unsupported API throws.
      isSupported: () => {
        if (!mockHost.initialized) throw new Error('The library has not yet been initialized');
        mockHost.calls.push('pages.config.isSupported');
        return mockHost.configSupported;
      },
      registerOnSaveHandler: (handler: MockHost['onSave']) => {
        if (!mockHost.configSupported || mockHost.frameContext !== 'settings') throw new Error('Not supported on platform');
        mockHost.onSave = handler;
      },
      setValidityState: (valid: boolean) => mockHost.calls.push(`setValidityState:${valid}`),
      setConfig: async (config: { contentUrl: string }) => mockHost.calls.push(`setConfig:${config.contentUrl}`),
    },
  },
}));

function loadPage(host: Partial<MockHost>, framed = true): void {
  Object.assign(mockHost, { initialized: false, configSupported: true, frameContext: 'settings', calls: [], onSave: undefined }, host);
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window, 'opener', { value: framed ? {} : null, configurable: true });
  jest.isolateModules(() => require('./main'));
}

// Each test loads the page's whole module graph again (Fluent UI included): seconds on a busy machine.
jest.setTimeout(30_000);

describe('the meeting configuration page', () => {
  // The page mounts itself on import, as in a browser, so its renders are not wrapped in act().
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });

  it('asks for pages.config after initialize, then saves the side panel as the meeting tab', async () => {
    loadPage({});
    expect(await screen.findByText(/Select Save to add it/)).toBeInTheDocument();
    expect(mockHost.calls.slice(0, 2)).toEqual(['initialize', 'pages.config.isSupported']);
    expect(mockHost.calls).toContain('setValidityState:true');

    const save = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    mockHost.onSave!(save);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mockHost.calls).toContain(`setConfig:${window.location.origin}/side-panel.html`);
    expect(save.notifySuccess).toHaveBeenCalled();
  });

  it('tells the person when this Teams lacks configuration pages, instead of throwing', async () => {
    loadPage({ configSupported: false });
    expect(await screen.findByText(/cannot show a configuration page/)).toBeInTheDocument();
    expect(screen.getByText('This part of Micromentor cannot run here')).toBeInTheDocument();
    expect(mockHost.onSave).toBeUndefined();
    expect(mockHost.calls).not.toContain('setValidityState:true');
    expect(document.querySelectorAll('#root')).toHaveLength(1);
  });

  it('tells the person when the page is opened as a tab rather than while adding one', async () => {
    loadPage({ frameContext: 'content' });
    expect(await screen.findByText(/works only while Teams adds Micromentor to a meeting/)).toBeInTheDocument();
    expect(mockHost.onSave).toBeUndefined();
  });

  it('says how to open Micromentor when it is not inside Teams', async () => {
    loadPage({}, false);
    expect(await screen.findByText(/run the local workbench with npm start/)).toBeInTheDocument();
    expect(mockHost.calls).toEqual([]);
  });
});
