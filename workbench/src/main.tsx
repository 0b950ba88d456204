import { FluentProvider, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toHostTheme, type HostTheme } from '../../src/domain/host-context';
import type { OutlookItemType } from '../../src/domain/outlook-port';
import { pageTheme } from './page-theme';
import { ComposeForm } from './compose-form';
import { ComposeStore } from './compose-store';
import { loadMeetingsOf, pickMeeting, teamsMeetingId, type WorkbenchMeeting } from './meetings';
import { OutlookHostSimulator } from './outlook-host-simulator';
import { PersonaGraph } from './persona-graph';
import { personByUpnOrId } from './people';
import { PersonPicker } from './person-picker';
import { isPersonaRole, loadDemoDirectory, personaByRole, type DemoDirectory, type Persona } from './personas';
import { useSharedStage } from './shared-stage';
import { SurfaceFrame } from './surface-frame';
import { SDK_ERROR, TeamsHostSimulator, type AppNavigator, type MeetingStageHost, type TeamsFrameContext, type TeamsLegacyContext } from './teams-host-simulator';

/** The personal tab's entityId in the manifest (scripts/app-manifest.ts): the page navigations may open. */
const TAB_PAGE_ID = 'directory';

const useStyles = makeStyles({
  page: { minHeight: '100vh', padding: tokens.spacingHorizontalXL, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // The page's one main landmark: every control of the workbench sits in it (axe: landmark-one-main, region).
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'end', flexWrap: 'wrap' },
  surfaces: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  // Teams' side panel is 320 px wide; the other surfaces take what is left.
  wide: { flex: '1 1 420px' },
  sidePanel: { flex: '0 0 320px', width: '320px', maxWidth: '100%' },
  outlook: { flex: '0 0 360px', width: '360px', maxWidth: '100%' },
  // Outlook shows the compose form beside its task pane.
  compose: { flex: '1 1 420px', minWidth: 'min(320px, 100%)', paddingTop: tokens.spacingVerticalXXL },
  // A long meeting name must not push the page sideways at 320 px.
  meetingPicker: { minWidth: 'min(280px, 100%)', maxWidth: '100%' },
  meetingSelect: { maxWidth: '100%', minWidth: 0 },
});

function teamsContext(directory: DemoDirectory, persona: Persona, theme: HostTheme, frameContext: TeamsFrameContext, meeting?: WorkbenchMeeting, subPageId?: string): TeamsLegacyContext {
  return {
    locale: 'en-gb',
    theme,
    frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: `workbench-${sessionOf(persona)}`,
    sessionId: `workbench-${sessionOf(persona)}`,
    entityId: meeting ? 'micromentor-session' : 'micromentor-directory',
    userObjectId: persona.id,
    userPrincipalName: persona.userPrincipalName,
    loginHint: persona.userPrincipalName,
    userDisplayName: persona.displayName,
    tid: directory.tenantId,
    // In a meeting's frames Teams names the meeting chat and the meeting.
    ...(meeting ? { chatId: meeting.chatId, meetingId: meeting.meetingId } : {}),
    // What a navigation to the tab asked it to show (page.subPageId for the app).
    ...(subPageId !== undefined ? { subEntityId: subPageId } : {}),
  };
}

// ?surface= shows that surface alone, as Teams or Outlook would.
const SURFACES = ['tab', 'side-panel', 'chat-tab', 'stage', 'outlook'] as const;
type Surface = (typeof SURFACES)[number];
const MEETING_SURFACES: readonly Surface[] = ['side-panel', 'chat-tab', 'stage'];

/** The persona's Teams meetings; a persona in none still gets the demo meeting, as before. */
function useMeetings(directory: DemoDirectory, persona: Persona, wanted: boolean): { meetings?: WorkbenchMeeting[]; problem?: string } {
  const [state, setState] = useState<{ for: string; meetings?: WorkbenchMeeting[]; problem?: string }>({ for: '' });
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    loadMeetingsOf(window.location.origin, persona).then(
      (found) => {
        const fallback = { chatId: directory.demoMeeting.chatId, meetingId: teamsMeetingId(directory.demoMeeting.chatId), topic: 'Demo session (not invited)', joinUrl: directory.demoMeeting.joinUrl };
        if (live) setState({ for: persona.id, meetings: found.length > 0 ? found : [fallback] });
      },
      (error: unknown) => live && setState({ for: persona.id, problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [directory, persona, wanted]);
  return state.for === persona.id ? state : {};
}

/** A persona's session is named by its role, as before; anyone else's by their id. */
function sessionOf(persona: Persona): string {
  return isPersonaRole(persona.role) ? persona.role : persona.id;
}

function Workbench({ directory, initialPersona, onTheme }: { directory: DemoDirectory; initialPersona: Persona; onTheme: (theme: HostTheme) => void }) {
  const styles = useStyles();
  const initial = useRef(new URLSearchParams(window.location.search)).current;
  const [persona, setPersona] = useState<Persona>(initialPersona);
  const role = sessionOf(persona);
  const [theme, setTheme] = useState<HostTheme>(toHostTheme(initial.get('theme')));
  useEffect(() => onTheme(theme), [theme, onTheme]); // the page around the surfaces wears the same theme
  const [wantedMeeting, setWantedMeeting] = useState<string | null>(initial.get('meeting'));
  const only = SURFACES.find((s) => s === initial.get('surface'));
  const inMeeting = only === undefined || MEETING_SURFACES.includes(only);
  const { meetings, problem } = useMeetings(directory, persona, inMeeting);
  const meeting = meetings && pickMeeting(meetings, wantedMeeting, directory.demoMeeting.chatId);
  const stage = useSharedStage(meeting?.chatId);
  // A navigation to the tab (pages.currentApp.navigateTo from a meeting frame) shows the tab frame,
  // loaded again with the navigation's subPageId, as Teams opens the app's personal tab.
  const [tabPage, setTabPage] = useState<{ visits: number; subPageId?: string }>({ visits: 0 });
  // The item the Outlook frame composes; "New meeting" / "New message" start a fresh one, as in Outlook.
  const [composing, setComposing] = useState<{ kind: OutlookItemType; count: number }>({ kind: initial.get('compose') === 'message' ? 'message' : 'appointment', count: 0 });
  const composeStore = useMemo(
    () => new ComposeStore(composing.kind, new PersonaGraph(window.location.origin, persona), Date.now(), `workbench-compose-${crypto.randomUUID()}`),
    [composing, persona],
  );
  const startCompose = useCallback((kind: OutlookItemType) => setComposing((c) => ({ kind, count: c.count + 1 })), []);
  const shows = (surface: Surface) => only === undefined || only === surface || (surface === 'tab' && tabPage.visits > 0);
  // Simulators read the current values when asked, so a theme switch never reloads a surface.
  const current = useRef({ persona, theme, meeting, stage, tabPage, composeStore });
  current.current = { persona, theme, meeting, stage, tabPage, composeStore };
  const navigate = useCallback<AppNavigator>((params) => {
    if (params.pageId !== TAB_PAGE_ID) return { errorCode: SDK_ERROR.invalidArguments, message: `The app has no page "${params.pageId}".` };
    setTabPage((page) => ({ visits: page.visits + 1, ...(params.subPageId !== undefined ? { subPageId: params.subPageId } : {}) }));
    return undefined;
  }, []);

  const teamsFrame = useCallback(
    (frameContext: TeamsFrameContext, inMeetingFrame: boolean) => (iframe: HTMLIFrameElement) => {
      const stage: MeetingStageHost = {
        share: (url) => current.current.stage.share(url),
        stop: () => current.current.stage.stop(),
        isSharing: () => current.current.stage.url !== undefined,
      };
      const subPageId = () => (inMeetingFrame ? undefined : current.current.tabPage.subPageId);
      return new TeamsHostSimulator(iframe, () => teamsContext(directory, current.current.persona, current.current.theme, frameContext, inMeetingFrame ? current.current.meeting : undefined, subPageId()), {
        stage: frameContext === 'sidePanel' || frameContext === 'meetingStage' ? stage : undefined,
        navigate,
      });
    },
    [directory, navigate],
  );
  const attachTab = useCallback((iframe: HTMLIFrameElement) => teamsFrame('content', false)(iframe), [teamsFrame]);
  const attachSidePanel = useCallback((iframe: HTMLIFrameElement) => teamsFrame('sidePanel', true)(iframe), [teamsFrame]);
  const attachChatTab = useCallback((iframe: HTMLIFrameElement) => teamsFrame('content', true)(iframe), [teamsFrame]);
  const attachStage = useCallback((iframe: HTMLIFrameElement) => teamsFrame('meetingStage', true)(iframe), [teamsFrame]);
  const attachOutlook = useCallback(
    (iframe: HTMLIFrameElement) =>
      new OutlookHostSimulator(
        iframe,
        () => ({
          user: { id: current.current.persona.id, displayName: current.current.persona.displayName, userPrincipalName: current.current.persona.userPrincipalName },
          theme: current.current.theme,
          itemType: current.current.composeStore.getSnapshot().kind,
          // ?test-hooks: browser tests drive the compose form through the surface's own port.
          exposeComposeForTests: initial.has('test-hooks'),
        }),
        (request) => current.current.composeStore.answer(request),
      ),
    [initial],
  );

  // A new sign-in or another meeting reloads the surfaces concerned, as switching does in Teams.
  const meetingKey = `${role}|${meeting?.chatId ?? ''}`;
  // The stage shows what the side panel shared; opened alone (?surface=stage) it shows the app's page.
  const stageSrc = stage.url ?? (only === 'stage' ? '/side-panel.html' : undefined);
  const showStage = stageSrc !== undefined && (only === undefined || only === 'stage' || only === 'side-panel');

  return (
    <>
      <div className={styles.toolbar}>
        <PersonPicker directory={directory} persona={persona} onPick={setPersona} />
        <Field label="Teams theme">
          <Select id="theme-select" value={theme} onChange={(_, data) => setTheme(toHostTheme(data.value))}>
            <option value="default">Default</option>
            <option value="dark">Dark</option>
            <option value="contrast">High contrast</option>
          </Select>
        </Field>
        {inMeeting && meetings && meeting && (
          <Field label="Teams meeting" className={styles.meetingPicker}>
            <Select id="meeting-select" className={styles.meetingSelect} value={meeting.chatId} data-chat-id={meeting.chatId} data-meeting-id={meeting.meetingId} onChange={(_, data) => setWantedMeeting(data.value)}>
              {meetings.map((m) => (
                <option key={m.chatId} value={m.chatId}>
                  {m.topic}
                  {m.organizerName ? ` (organised by ${m.organizerName})` : ''}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {inMeeting && !meeting && !problem && <Spinner size="small" label="Loading your Teams meetings…" />}
      <div className={styles.surfaces}>
        {shows('tab') && <SurfaceFrame key={`tab-${role}-${tabPage.visits}`} id="surface-tab" className={styles.wide} label="Teams tab: directory" src="/tab.html" theme={theme} attach={attachTab} />}
        {shows('side-panel') && meeting && (
          <SurfaceFrame key={`side-panel-${meetingKey}`} id="surface-side-panel" className={styles.sidePanel} label="Teams meeting side panel" src="/side-panel.html" theme={theme} attach={attachSidePanel} />
        )}
        {shows('outlook') && (
          <SurfaceFrame key={`outlook-${role}-${composing.count}`} id="surface-outlook" className={styles.outlook} label="Outlook add-in (compose)" src="/outlook.html" theme={theme} attach={attachOutlook} />
        )}
        {shows('outlook') && (
          <div className={styles.compose}>
            <ComposeForm store={composeStore} onNew={startCompose} />
          </div>
        )}
        {shows('chat-tab') && meeting && (
          <SurfaceFrame key={`chat-tab-${meetingKey}`} id="surface-chat-tab" className={styles.wide} label="Teams meeting chat tab" src="/side-panel.html" theme={theme} attach={attachChatTab} />
        )}
        {showStage && meeting && (
          <SurfaceFrame key={`stage-${meetingKey}`} id="surface-stage" className={styles.wide} label="Teams meeting stage" src={stageSrc} theme={theme} attach={attachStage} />
        )}
      </div>
    </>
  );
}

function WorkbenchPage() {
  const styles = useStyles();
  const [directory, setDirectory] = useState<{ directory: DemoDirectory; persona: Persona; notFound?: string }>();
  const [problem, setProblem] = useState<string>();
  const [theme, setTheme] = useState<HostTheme>(() => toHostTheme(new URLSearchParams(window.location.search).get('theme')));
  useEffect(() => {
    loadDemoDirectory(window.location.origin)
      .then(async (loaded) => {
        // ?persona= names a persona (mentee, mentor, manager) or anyone by userPrincipalName or id.
        const wanted = new URLSearchParams(window.location.search).get('persona') ?? 'mentee';
        if (isPersonaRole(wanted)) return { directory: loaded, persona: personaByRole(loaded.personas, wanted) };
        const fallback = personaByRole(loaded.personas, 'mentee');
        const person = await personByUpnOrId(new PersonaGraph(window.location.origin, fallback), wanted);
        const persona = person ? (loaded.personas.find((p) => p.id === person.id) ?? person) : fallback;
        return { directory: loaded, persona, ...(person ? {} : { notFound: `No one in the demo organisation is "${wanted}"; signed in as ${fallback.displayName}.` }) };
      })
      .then(setDirectory, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);
  return (
    <FluentProvider theme={pageTheme(theme)} className={styles.page} data-theme={theme}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold">
          Micromentor workbench
        </Text>
        <Text as="p">Each surface runs in a frame, hosted the way Teams and Outlook host it.</Text>
      </header>
      <main className={styles.main}>
        {problem ? (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        ) : directory ? (
          <>
            {directory.notFound ? (
              <MessageBar intent="warning">
                <MessageBarBody>{directory.notFound}</MessageBarBody>
              </MessageBar>
            ) : null}
            <Workbench directory={directory.directory} initialPersona={directory.persona} onTheme={setTheme} />
          </>
        ) : (
          <Spinner label="Loading the demo organisation…" />
        )}
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<WorkbenchPage />);
