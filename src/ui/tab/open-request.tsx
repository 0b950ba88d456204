// Moving within the tab to a precise request to one mentor, prefilled (after a useful flash round:
// "ask for a full session"). The tab gives it; screens drawn outside the tab get undefined and
// show no such button.
import { createContext, useContext } from 'react';
import type { RequestPrefill } from '../../domain/request-prefill';

export const OpenRequestContext = createContext<((prefill: RequestPrefill) => void) | undefined>(undefined);

export const useOpenRequest = (): ((prefill: RequestPrefill) => void) | undefined => useContext(OpenRequestContext);
