import { createContext, useContext, type ReactNode } from 'react';
import type { ComposeItemPort, ComposeSessionPort } from '../common/compose-ports';

interface ComposeValue {
  item: ComposeItemPort | undefined;
  session: ComposeSessionPort | undefined;
}

/** The item being composed in Outlook (or the workbench's form) and its session, given once by the Outlook host. */
const ComposeContext = createContext<ComposeValue>({ item: undefined, session: undefined });

export function ComposeProvider({ compose, session, children }: { compose: ComposeItemPort | undefined; session?: ComposeSessionPort; children?: ReactNode }) {
  return <ComposeContext.Provider value={{ item: compose, session }}>{children}</ComposeContext.Provider>;
}

/** Undefined where the host gives no item (a read form, or a workbench without its compose form). */
export const useCompose = (): ComposeItemPort | undefined => useContext(ComposeContext).item;

/** Undefined where the pane cannot keep sessions (no Graph connection, or tests of the fill alone). */
export const useComposeSession = (): ComposeSessionPort | undefined => useContext(ComposeContext).session;
