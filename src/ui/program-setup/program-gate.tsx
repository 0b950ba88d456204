import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { SiteState } from '../../domain/program-site-check';
import { EmptyState } from '../common/empty-state';
import type { ProgramSetupPort } from '../common/program-setup-port';
import { usePorts } from '../common/ports-context';
import { ProgramSetupScreen } from './program-setup-screen';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  footer: { display: 'flex', justifyContent: 'flex-end' },
});

/**
 * The tab's check at start: on a program site that is missing its lists, the program manager sees
 * Set up the program and everyone else that the program is not set up yet (not an error); on an
 * older site the program manager is offered the upgrade. A ready site shows the app at once.
 */
export function ProgramGate({ children }: { children: ReactNode }) {
  const { programSetup, viewer } = usePorts();
  return programSetup ? (
    <Gate port={programSetup} manager={viewer.isProgramManager}>
      {children}
    </Gate>
  ) : (
    <>{children}</>
  );
}

function Gate({ port, manager, children }: { port: ProgramSetupPort; manager: boolean; children: ReactNode }) {
  const styles = useStyles();
  const [state, setState] = useState<SiteState | 'unknown'>('unknown');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    // A failed check leaves the app as it is: its screens say what failed.
    port.status().then(
      (s) => live && setState(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  if (state === 'not-set-up' && !manager) return <NotSetUpYet managers={port.managers} />;
  if (manager && (state === 'not-set-up' || open)) {
    return <ProgramSetupScreen port={port} onDone={() => (setState('current'), setOpen(false))} onBack={state === 'not-set-up' ? undefined : () => setOpen(false)} />;
  }
  return (
    <div className={styles.root}>
      {manager && (state === 'older' || state === 'newer') ? (
        <MessageBar intent="warning" layout="multiline" data-testid="program-site-older">
          <MessageBarBody>
            {state === 'older'
              ? 'The program site is older than this version of Micromentor: some lists or columns are missing.'
              : 'The program site was set up by a newer version of Micromentor.'}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setOpen(true)}>{state === 'older' ? 'Review and upgrade' : 'Check the program site'}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {children}
      {manager && state === 'current' ? (
        <div className={styles.footer}>
          <Button appearance="subtle" size="small" onClick={() => setOpen(true)}>
            Check the program site
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** Before set-up, for mentees and mentors: who to ask, not an error. */
export function NotSetUpYet({ managers }: { managers: readonly string[] }) {
  const who = managers.length ? managers.join(', ') : 'your program manager';
  return (
    <EmptyState title="Your program is not set up yet">
      <Text block>
        Micromentor keeps your mentoring program in a SharePoint site, and its lists are not there yet. Ask {who} to open Micromentor
        and press Set up the program; then come back here to find a mentor.
      </Text>
    </EmptyState>
  );
}
