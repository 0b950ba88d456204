import { createContext, useContext, type ReactNode } from 'react';
import type { SessionPanelPorts } from '../common/session-panel-ports';

/** The meeting surfaces' ports, given once by the host (or a test) and read by every panel part. */
const SessionPortsContext = createContext<SessionPanelPorts | undefined>(undefined);

export function SessionPortsProvider({ ports, children }: { ports: SessionPanelPorts; children?: ReactNode }) {
  return <SessionPortsContext.Provider value={ports}>{children}</SessionPortsContext.Provider>;
}

/** The panel's ports; a part drawn outside <SessionPortsProvider> is a programming error, said plainly. */
export function useSessionPorts(): SessionPanelPorts {
  const ports = useContext(SessionPortsContext);
  if (!ports) throw new Error('useSessionPorts() needs a <SessionPortsProvider> above it (the side panel host or the test gives one).');
  return ports;
}
