import { FluentProvider, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toHostTheme, type HostTheme } from '../../src/domain/host-context';
import { OutlookHostSimulator } from './outlook-host-simulator';
import { ROLE_LABELS, loadDemoDirectory, personaByRole, type DemoDirectory, type Persona } from './personas';
import { SurfaceFrame } from './surface-frame';
import { TeamsHostSimulator, type TeamsFrameContext, type TeamsLegacyContext } from './teams-host-simulator';

const useStyles = makeStyles({
  page: { minHeight: '100vh', padding: tokens.spacingHorizontalXL, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'end', flexWrap: 'wrap' },
  surfaces: { display: 'grid', gridTemplateColumns: 'minmax(420px, 1fr) 320px 360px', gap: tokens.spacingHorizontalL },
});

// Teams' meeting id for the seeded session meeting (opaque to the app; only passed through).
const DEMO_MEETING_ID = 'MCMxOTptZWV0aW5nX01tTTBaR1Z0YnkxelpYTnphVzl1QHRocmVhZC52MiMw';

function teamsContext(directory: DemoDirectory, persona: Persona, theme: HostTheme, frameContext: TeamsFrameContext): TeamsLegacyContext {
  return {
    locale: 'en-gb',
    theme,
    frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: `workbench-${persona.role}`,
    sessionId: `workbench-${persona.role}`,
    entityId: frameContext === 'sidePanel' ? 'micromentor-session' : 'micromentor-directory',
    userObjectId: persona.id,
    userPrincipalName: persona.userPrincipalName,
    loginHint: persona.userPrincipalName,
    userDisplayName: persona.displayName,
    tid: directory.tenantId,
    ...(frameContext === 'sidePanel' ? { chatId: directory.demoMeeting.chatId, meetingId: DEMO_MEETING_ID } : {}),
  };
}

const SURFACES = ['tab', 'side-panel', 'outlook'] as const;
type Surface = (typeof SURFACES)[number];

function Workbench({ directory }: { directory: DemoDirectory }) {
  const styles = useStyles();
  const initial = new URLSearchParams(window.location.search);
  const [role, setRole] = useState(personaByRole(directory.personas, initial.get('persona') ?? 'mentee').role);
  const [theme, setTheme] = useState<HostTheme>(toHostTheme(initial.get('theme')));
  const persona = personaByRole(directory.personas, role);
  // ?surface=tab (or side-panel, outlook) shows that surface alone, as Teams or Outlook would.
  const only = SURFACES.find((s) => s === initial.get('surface'));
  const shows = (surface: Surface) => only === undefined || only === surface;
  // Simulators read the current values when asked, so a theme switch never reloads a surface.
  const current = useRef({ persona, theme });
  current.current = { persona, theme };

  const attachTab = useCallback(
    (iframe: HTMLIFrameElement) => new TeamsHostSimulator(iframe, () => teamsContext(directory, current.current.persona, current.current.theme, 'content')),
    [directory],
  );
  const attachSidePanel = useCallback(
    (iframe: HTMLIFrameElement) => new TeamsHostSimulator(iframe, () => teamsContext(directory, current.current.persona, current.current.theme, 'sidePanel')),
    [directory],
  );
  const attachOutlook = useCallback(
    (iframe: HTMLIFrameElement) =>
      new OutlookHostSimulator(iframe, () => ({
        user: { id: current.current.persona.id, displayName: current.current.persona.displayName, userPrincipalName: current.current.persona.userPrincipalName },
        theme: current.current.theme,
        itemType: 'appointment',
      })),
    [],
  );

  return (
    <>
      <div className={styles.toolbar}>
        <Field label="Signed in as">
          <Select id="persona-select" value={role} onChange={(_, data) => setRole(personaByRole(directory.personas, data.value).role)}>
            {directory.personas.map((p) => (
              <option key={p.role} value={p.role}>
                {ROLE_LABELS[p.role] ?? p.role}: {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Teams theme">
          <Select id="theme-select" value={theme} onChange={(_, data) => setTheme(toHostTheme(data.value))}>
            <option value="default">Default</option>
            <option value="dark">Dark</option>
            <option value="contrast">High contrast</option>
          </Select>
        </Field>
      </div>
      {/* The key makes a new sign-in reload every surface, as switching accounts does in Teams. */}
      <div className={styles.surfaces} key={role}>
        {shows('tab') && <SurfaceFrame id="surface-tab" label="Teams tab: directory" src="/tab.html" theme={theme} attach={attachTab} />}
        {shows('side-panel') && (
          <SurfaceFrame id="surface-side-panel" label="Teams meeting side panel" src="/side-panel.html" theme={theme} attach={attachSidePanel} />
        )}
        {shows('outlook') && <SurfaceFrame id="surface-outlook" label="Outlook add-in (compose)" src="/outlook.html" theme={theme} attach={attachOutlook} />}
      </div>
    </>
  );
}

function WorkbenchPage() {
  const styles = useStyles();
  const [directory, setDirectory] = useState<DemoDirectory>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    loadDemoDirectory(window.location.origin).then(setDirectory, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);
  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold">
          Micromentor workbench
        </Text>
        <Text as="p">Each surface runs in a frame, hosted the way Teams and Outlook host it.</Text>
      </header>
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : directory ? (
        <Workbench directory={directory} />
      ) : (
        <Spinner label="Loading the demo organisation…" />
      )}
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<WorkbenchPage />);
