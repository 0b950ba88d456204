// The pane's session port: keep the draft of the meeting being written (saving the item first, as
// Outlook gives ids only to saved items) and link it at once when the meeting is a Teams meeting.
// Otherwise the side panel links it when the sent meeting opens in Teams (by the chat's event id).
import { newSession } from '../../domain/session';
import type { ComposeItemPort, ComposeSessionOutcome, ComposeSessionPort } from '../../ui/common/compose-ports';
import { toPortError } from '../../ui/common/error-state';
import { GatewayError } from '../../graph/gateway-error';
import type { GraphConnection } from '../../graph/graph-client';
import type { ProgramSite } from '../../graph/sessions-store';
import { keepComposedSession, linkComposedItem } from './compose-session-link';

export const KEPT_MESSAGE = 'Kept as a draft session. Switch on Teams meeting and send: the session is linked when the meeting opens in Teams.';

export function createComposeSessionPort(item: ComposeItemPort, graph: GraphConnection, site: ProgramSite): ComposeSessionPort {
  return {
    async keep({ request, mentorId, menteeId, start }): Promise<ComposeSessionOutcome> {
      try {
        const { key: _key, eventId: _eventId, ...fields } = newSession({
          key: 'unset',
          menteeId,
          mentorId,
          topic: request.topic,
          goal: request.goal,
          context: request.context,
          success: request.success,
          format: 'one-time',
          timeBoxMinutes: request.timeBox,
          start,
          end: start + request.timeBox * 60_000,
        });
        const kept = await keepComposedSession(item, graph, site, fields);
        if (kept.session.chatId) return { kind: 'linked' };
        // Where the client cannot tell (Office.js has no API for the toggle), the side panel links it later.
        if ((await item.isOnlineMeeting().catch(() => undefined)) !== true) return { kind: 'kept', message: KEPT_MESSAGE };
        // Teams may add the join link a moment after the save: then the side panel links it later.
        const outcome = await linkComposedItem(item, graph, site, kept).catch((error: unknown) => {
          if (error instanceof GatewayError && error.code === 'unavailable') return undefined;
          throw error;
        });
        return outcome?.kind === 'linked' ? { kind: 'linked' } : { kind: 'kept', message: KEPT_MESSAGE };
      } catch (error) {
        // The compose item's refusals are plain { code, message } with Office's sentence: keep it.
        const port = toPortError(error);
        const said = (error as { message?: unknown } | null)?.message;
        throw typeof said === 'string' && said !== '' ? { ...port, message: said } : port;
      }
    },
  };
}
