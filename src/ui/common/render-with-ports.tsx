// Screen tests: a screen drawn as the tab draws it (Fluent theme, the ports in context), with the
// browser bits jsdom lacks.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { PortsProvider } from './ports-context';
import type { TabPorts } from './tab-ports';

export function renderWithPorts(screen: ReactElement, ports: TabPorts): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PortsProvider ports={ports}>{screen}</PortsProvider>
    </FluentProvider>,
  );
}

/** jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
