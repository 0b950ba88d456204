// "Book the follow-up" from the meeting: Teams opens this app's personal tab (the directory, the
// manifest's static tab 'directory') with the request prefill as its subPageId, which the tab reads
// from its context (page.subPageId) and opens the request to that mentor with. Navigating within
// the current app needs no app id; teams-js allows it from the side panel where the host supports
// pages.currentApp.
import { pages } from '@microsoft/teams-js';
import { encodeRequestPrefill, type RequestPrefill } from '../../domain/request-prefill';
import { GatewayError } from '../../graph/gateway-error';

/** The personal tab's entityId in the manifest (scripts/app-manifest.ts). */
export const DIRECTORY_PAGE_ID = 'directory';

/** bookNext where the host can open the app's tab; undefined where it cannot (the panel then says where to book). */
export function createBookNext(): ((prefill: RequestPrefill) => Promise<void>) | undefined {
  let supported = false;
  try {
    supported = pages.currentApp.isSupported();
  } catch {
    supported = false; // not initialized: no Teams to ask
  }
  if (!supported) return undefined;
  return async (prefill) => {
    try {
      await pages.currentApp.navigateTo({ pageId: DIRECTORY_PAGE_ID, subPageId: encodeRequestPrefill(prefill) });
    } catch (error) {
      const why = error instanceof Error && error.message ? ` (${error.message})` : '';
      throw new GatewayError('unavailable', `Teams did not open the Micromentor tab${why}. Open Micromentor from the Teams app bar to book.`);
    }
  };
}
