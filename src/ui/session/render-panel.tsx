// Panel tests: a part drawn as the host draws it (Fluent theme, the ports in context), with the
// browser bits jsdom lacks.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SessionPanelPorts } from '../common/session-panel-ports';
import { SessionPortsProvider } from './session-ports-context';

export function renderPanel(ui: ReactElement, ports: SessionPanelPorts): RenderResult {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionPortsProvider ports={ports}>{ui}</SessionPortsProvider>
    </FluentProvider>,
  );
}
