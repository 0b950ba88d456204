// Booking's meeting step writes the new meeting to the session record (If-Match). The next step
// needs the meeting's chat id, a read with no side effect, so it rides in the same $batch: one
// round trip instead of two. The record is still written before anything else is changed.
import type { Session } from '../domain/session';
import { batchAnswerError, toGatewayError, type BatchAnswer } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { chatIdOf, meetingByJoinUrlPath } from './meeting-chat';
import { changedFields } from './session-fields';
import { itemsPath, storedFromItem, type ProgramSite, type StoredSession } from './sessions-store';

export interface RecordedMeeting {
  /** The record as saved; undefined when someone changed it meanwhile (412): save with a merge instead. */
  stored?: StoredSession;
  /** The meeting chat, when Teams already has it; otherwise the chat step asks again. */
  chatId?: string;
}

export async function recordMeetingAndFindChat(graph: GraphConnection, site: ProgramSite, current: StoredSession, next: Session): Promise<RecordedMeeting> {
  const itemId = checkId('session item id', current.session.itemId);
  if (!next.joinUrl) return {};
  let batch: { responses: BatchAnswer[] };
  try {
    batch = (await graph.client.api('/$batch').post({
      requests: [
        {
          id: 'record',
          method: 'PATCH',
          url: `${itemsPath(site)}/${encodeURIComponent(itemId)}/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': current.etag },
          body: changedFields(current.session, next),
        },
        { id: 'chat', method: 'GET', url: meetingByJoinUrlPath(next.joinUrl) },
      ],
    })) as typeof batch;
  } catch (error) {
    throw toGatewayError(error, 'saving the session');
  }
  const record = batch.responses.find((r) => r.id === 'record');
  const chat = batch.responses.find((r) => r.id === 'chat');
  const chatId = chat?.status === 200 ? chatIdOf(chat.body as { value?: [] }) : undefined;
  if (!record || record.status === 412) return { chatId };
  if (record.status >= 400) throw batchAnswerError(record, 'saving the session');
  const fields = record.body as Record<string, unknown>;
  return { stored: storedFromItem({ id: itemId, fields, eTag: String(fields['@odata.etag'] ?? '') }), chatId };
}
