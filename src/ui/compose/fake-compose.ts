// A compose item in memory for the pane's tests: what was set, and which body calls were made.
import type { ComposeItemPort } from '../common/compose-ports';

export function fakeCompose(body: string, over: Partial<ComposeItemPort> = {}) {
  const calls: string[] = [];
  const item = { body, subject: '', to: [] as string[], times: [] as number[] };
  const port: ComposeItemPort = {
    kind: 'appointment',
    getBody: async () => item.body,
    prependToBody: async (html) => void (calls.push('prepend'), (item.body = html + item.body)),
    setBody: async (html) => void (calls.push('set'), (item.body = html)),
    insertAtCursor: async () => undefined,
    setSubject: async (s) => void (item.subject = s),
    addRecipient: async (p) => void item.to.push(p.email),
    setTimes: async (a, b) => void (item.times = [a, b]),
    isOnlineMeeting: async () => false,
    saveAndGetItemId: async () => 'id',
    ...over,
  };
  return { port, item, calls };
}
