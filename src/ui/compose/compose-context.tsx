import { createContext, useContext, type ReactNode } from 'react';
import type { ComposeItemPort } from '../common/compose-ports';

/** The item being composed in Outlook (or the workbench's form), given once by the Outlook host. */
const ComposeContext = createContext<ComposeItemPort | undefined>(undefined);

export function ComposeProvider({ compose, children }: { compose: ComposeItemPort | undefined; children?: ReactNode }) {
  return <ComposeContext.Provider value={compose}>{children}</ComposeContext.Provider>;
}

/** Undefined where the host gives no item (a read form, or a workbench without its compose form). */
export const useCompose = (): ComposeItemPort | undefined => useContext(ComposeContext);
