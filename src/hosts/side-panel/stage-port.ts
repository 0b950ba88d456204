// Share to stage: the side panel asks Teams to show this page, in its stage layout, on the meeting
// stage for everyone. teams-js 2.x has no meeting.isSupported(); Teams answers
// getAppContentStageSharingCapabilities only in a meeting and only for an app whose manifest lists
// the meetingStage context, so that answer is the support check (a host that never answers is
// taken as one without a stage).
import { meeting } from '@microsoft/teams-js';
import { GatewayError } from '../../graph/gateway-error';
import type { StagePort } from '../../ui/common/session-panel-ports';

const ASK_TIMEOUT_MS = 3000;

/** The URL of this page in its stage layout. */
export function stageUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?view=stage`;
}

/** A StagePort where this meeting lets the app share to the stage; undefined elsewhere. */
export async function createStagePort(frame: string, url: string): Promise<StagePort | undefined> {
  if (frame !== 'sidePanel') return undefined;
  const allowed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ASK_TIMEOUT_MS);
    try {
      meeting.getAppContentStageSharingCapabilities((error, result) => {
        clearTimeout(timer);
        resolve(!error && result?.doesAppHaveSharePermission === true);
      });
    } catch {
      clearTimeout(timer);
      resolve(false);
    }
  });
  if (!allowed) return undefined;
  return {
    share: () =>
      new Promise<void>((resolve, reject) => {
        meeting.shareAppContentToStage((error) => {
          if (!error) resolve();
          else reject(new GatewayError('unavailable', `Teams did not share the timer to the stage${error.message ? ` (${error.message})` : ''}. Try again.`));
        }, url);
      }),
  };
}
