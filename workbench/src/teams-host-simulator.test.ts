/** @jest-environment jsdom */
// The host side of teams-js's meeting stage calls, as the side panel and the stage make them.
import { TeamsHostSimulator, type AppNavigator, type MeetingStageHost, type NavigateWithinApp, type TeamsLegacyContext } from './teams-host-simulator';
import { meetingFromChat, pickMeeting, teamsMeetingId } from './meetings';

const CONTEXT: TeamsLegacyContext = {
  locale: 'en-gb',
  theme: 'default',
  frameContext: 'sidePanel',
  hostClientType: 'web',
  hostName: 'Teams',
  appSessionId: 's',
  sessionId: 's',
  entityId: 'micromentor-session',
  userObjectId: 'u',
  userPrincipalName: 'u@contoso.example',
  loginHint: 'u@contoso.example',
  userDisplayName: 'U',
  tid: 't',
  chatId: '19:meeting_abc@thread.v2',
  meetingId: teamsMeetingId('19:meeting_abc@thread.v2'),
};

/** Sends one teams-js request from the frame and returns the host's reply args. */
function ask(stage: MeetingStageHost | undefined, func: string, args: unknown[] = [], iframe = document.createElement('iframe'), navigate?: AppNavigator): unknown[] {
  document.body.append(iframe);
  const frame = iframe.contentWindow!;
  const replies: unknown[] = [];
  frame.postMessage = ((message: { args: unknown[] }) => replies.push(message.args)) as typeof frame.postMessage;
  const host = new TeamsHostSimulator(iframe, () => CONTEXT, { stage, ...(navigate ? { navigate } : {}) });
  window.dispatchEvent(new MessageEvent('message', { source: frame, origin: window.location.origin, data: { id: 1, uuidAsString: 'u-1', func, args } }));
  host.dispose();
  iframe.remove();
  return replies[0] as unknown[];
}

function fakeStage(): MeetingStageHost & { shared: string[] } {
  const shared: string[] = [];
  return {
    shared,
    share: (url) => (url.startsWith('https://elsewhere') ? { errorCode: 4000, message: 'not ours' } : void shared.push(url)),
    stop: () => void shared.splice(0),
    isSharing: () => shared.length > 0,
  };
}

describe('the Teams host simulator in a meeting', () => {
  it('shares the app to the stage and says so when asked', () => {
    const stage = fakeStage();
    expect(ask(stage, 'meeting.getAppContentStageSharingCapabilities')).toEqual([null, { doesAppHaveSharePermission: true }]);
    expect(ask(stage, 'meeting.getAppContentStageSharingState')).toEqual([null, { isAppSharing: false }]);
    expect(ask(stage, 'meeting.shareAppContentToStage', ['/side-panel.html?view=stage', { sharingProtocol: 'Collaborative' }])).toEqual([null, true]);
    expect(stage.shared).toEqual(['/side-panel.html?view=stage']);
    expect(ask(stage, 'meeting.getAppContentStageSharingState')).toEqual([null, { isAppSharing: true }]);
    expect(ask(stage, 'meeting.stopSharingAppContentToStage')).toEqual([null, true]);
    expect(stage.shared).toEqual([]);
  });

  it("refuses another origin's page, and answers outside a meeting with an error instead of silence", () => {
    expect(ask(fakeStage(), 'meeting.shareAppContentToStage', ['https://elsewhere.example/x'])).toEqual([{ errorCode: 4000, message: 'not ours' }, null]);
    expect(ask(undefined, 'meeting.shareAppContentToStage', ['/side-panel.html'])[0]).toMatchObject({ errorCode: 501 });
  });

  it('gives the meeting frames the chat id and meeting id in the context, and marks the frame with them', () => {
    const iframe = document.createElement('iframe');
    const [context] = ask(undefined, 'getContext', [], iframe) as [TeamsLegacyContext];
    expect(context).toMatchObject({ frameContext: 'sidePanel', chatId: '19:meeting_abc@thread.v2' });
    expect(atob(context.meetingId!)).toBe('0#19:meeting_abc@thread.v2#0');
    expect({ ...iframe.dataset }).toEqual({ teamsFrameContext: 'sidePanel', teamsChatId: context.chatId, teamsMeetingId: context.meetingId });
  });
});

describe('navigating within the app', () => {
  it('hands pages.currentApp.navigateTo to the workbench, and answers with an error where it cannot', () => {
    const asked: NavigateWithinApp[] = [];
    const navigate: AppNavigator = (params) => (params.pageId === 'directory' ? void asked.push(params) : { errorCode: 4000, message: 'no such page' });
    const frame = () => document.createElement('iframe');
    expect(ask(undefined, 'pages.currentApp.navigateTo', [{ pageId: 'directory', subPageId: '{"kind":"request"}' }], frame(), navigate)).toEqual([null]);
    expect(asked).toEqual([{ pageId: 'directory', subPageId: '{"kind":"request"}' }]);
    expect(ask(undefined, 'pages.currentApp.navigateTo', [{ pageId: 'other' }], frame(), navigate)).toEqual([{ errorCode: 4000, message: 'no such page' }]);
    expect(ask(undefined, 'pages.currentApp.navigateTo', [{ pageId: 'directory' }])[0]).toMatchObject({ errorCode: 501 });
    expect(ask(undefined, 'pages.currentApp.navigateTo', [{}], frame(), navigate)[0]).toMatchObject({ errorCode: 4000 });
  });
});

describe('the meeting picker', () => {
  const chat = (id: string, topic: string) => ({ id, topic, chatType: 'meeting', onlineMeetingInfo: { joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${id}`, organizer: { displayName: 'Daniel Okafor' } } });
  const meetings = [chat('19:meeting_a@thread.v2', 'Catch-up'), chat('19:meeting_demo@thread.v2', 'Micro-mentoring: presentation coaching')].map(meetingFromChat);

  it('opens the meeting the URL names (by chat id or Teams meeting id), else the demo meeting', () => {
    expect(pickMeeting(meetings, '19:meeting_a@thread.v2', '19:meeting_demo@thread.v2')?.topic).toBe('Catch-up');
    expect(pickMeeting(meetings, teamsMeetingId('19:meeting_a@thread.v2'), '19:meeting_demo@thread.v2')?.topic).toBe('Catch-up');
    expect(pickMeeting(meetings, null, '19:meeting_demo@thread.v2')?.chatId).toBe('19:meeting_demo@thread.v2');
    expect(pickMeeting(meetings, 'unknown', 'none')?.chatId).toBe('19:meeting_a@thread.v2');
  });
});
