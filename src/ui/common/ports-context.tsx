import { createContext, useContext, type ReactNode } from 'react';
import type { TabPorts } from './tab-ports';

/** The tab's ports, given once by the host (or by a test) and read by every screen. */
export const PortsContext = createContext<TabPorts | undefined>(undefined);

export function PortsProvider({ ports, children }: { ports: TabPorts; children?: ReactNode }) {
  return <PortsContext.Provider value={ports}>{children}</PortsContext.Provider>;
}

/** The tab's ports; a screen drawn outside <PortsProvider> is a programming error, said plainly. */
export function usePorts(): TabPorts {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('usePorts() needs a <PortsProvider> above it (the tab host or the test gives one).');
  return ports;
}
