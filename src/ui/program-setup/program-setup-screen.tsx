import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { initialSetupFlow, setupFlow, type StepState } from '../../domain/program-setup-flow';
import type { ProgramSetupPort, SetupFailure, SetupView } from '../common/program-setup-port';
import { useSurfaceStyles } from '../common/surface-styles';
import { OtherSiteField } from './other-site-field';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL, minWidth: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  step: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

const STEP_WORDS: Record<StepState, string> = { waiting: 'waiting', working: 'setting up…', done: 'done', failed: 'failed' };

function isSetupFailure(error: unknown): error is SetupFailure {
  return typeof error === 'object' && error !== null && 'kind' in error && 'message' in error;
}

export interface ProgramSetupScreenProps {
  port: ProgramSetupPort;
  /** After a finished set-up: open the app. */
  onDone?: () => void;
  /** Back to the app without setting up (a ready or older site). */
  onBack?: () => void;
}

/** Set up the program, upgrade it, or check the program site: which site, what set-up does, one button, progress per list. */
export function ProgramSetupScreen({ port, onDone, onBack }: ProgramSetupScreenProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [flow, dispatch] = useReducer(setupFlow<SetupView>, undefined, initialSetupFlow<SetupView>);
  // The site the app was built with, unless the program manager entered another.
  const [siteId, setSiteId] = useState(port.configuredSiteId);

  const check = useCallback(() => {
    dispatch({ type: 'check' });
    port.check(siteId).then(
      (view) => dispatch({ type: 'checked', view }),
      (error: unknown) => dispatch({ type: 'failed', failure: { kind: 'other', message: error instanceof Error ? error.message : 'Micromentor could not read the program site.' } }),
    );
  }, [port, siteId]);
  useEffect(check, [check]);

  const setUp = () => {
    const view = flow.view;
    dispatch({ type: 'start', lists: [...(view?.toCreate.map((c) => c.list) ?? []), ...(view?.toUpgrade.map((u) => u.list) ?? [])] });
    port.setUp((step) => dispatch({ type: 'step', ...step }), siteId).then(
      (after) => dispatch({ type: 'finished', view: after }),
      (error: unknown) => dispatch({ type: 'failed', failure: isSetupFailure(error) ? error : { kind: 'other', message: String(error) } }),
    );
  };

  // While another site is being checked, the last site's findings are not shown as its.
  const view = flow.phase === 'checking' && flow.view?.site.id !== siteId ? undefined : flow.view;
  const toDo = view ? view.toCreate.length + view.toUpgrade.length > 0 || view.state === 'older' || view.state === 'not-set-up' : false;
  const title = !view || toDo || flow.phase === 'setting-up' || flow.phase === 'done' ? 'Set up the program' : 'Check the program site';
  return (
    <section className={`${surface.surface} ${styles.root}`} aria-labelledby="program-setup-title" data-testid="program-setup">
      <Text as="h2" id="program-setup-title" size={500} weight="semibold" block>
        {title}
      </Text>
      {flow.phase === 'checking' ? <Spinner size="small" labelPosition="after" label="Checking the program site…" role="status" /> : null}
      {view ? (
        <Text block>
          Micromentor keeps the program in lists on the SharePoint site <strong>{view.site.name}</strong>
          {view.site.url ? ` (${view.site.url})` : ''}.
        </Text>
      ) : null}
      {siteId !== port.configuredSiteId && view?.site.id === siteId ? (
        <MessageBar intent="info" layout="multiline" data-testid="other-site-note">
          <MessageBarBody>
            Micromentor reads the site it was built with. To run the program on this one, build the app with MICROMENTOR_PROGRAM_SITE_ID={view.site.id} and upload it again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view && flow.phase === 'ready' && view.state === 'newer' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This site was set up by a newer version of Micromentor. Update the app before changing the site.</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && (flow.phase === 'ready' || flow.phase === 'failed') && view.state === 'not-set-up' && view.toCreate.length > 0 ? (
        <div>
          <Text block weight="semibold">
            Set-up creates {view.toCreate.length === 1 ? 'this list' : `these ${view.toCreate.length} lists`}:
          </Text>
          <ul className={styles.list} data-testid="lists-to-create">
            {view.toCreate.map((c) => (
              <li key={c.list}>
                {c.list} ({c.columns} columns)
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view && (flow.phase === 'ready' || flow.phase === 'failed') && view.state !== 'not-set-up' && view.differences.length > 0 ? (
        <div>
          <Text block weight="semibold">
            What differs from what Micromentor needs:
          </Text>
          <ul className={styles.list} data-testid="setup-differences">
            {view.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view && toDo && flow.phase !== 'done' ? (
        <Text block className={styles.muted}>
          Set-up never deletes or renames a column and never changes what the lists hold. It asks Microsoft 365 for permission to manage the site when you press the button.
        </Text>
      ) : null}
      {flow.steps.length > 0 ? (
        <ol className={styles.list} aria-label="Set-up progress" aria-live="polite" data-testid="setup-progress">
          {flow.steps.map((s) => (
            <li key={s.list} className={styles.step} data-state={s.state}>
              {s.state === 'working' ? <Spinner size="extra-tiny" aria-hidden /> : null}
              <span>
                {s.list}: {STEP_WORDS[s.state]}
                {s.message ? ` (${s.message})` : ''}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {flow.failure ? (
        <MessageBar intent="error" layout="multiline" data-testid="setup-failure" data-kind={flow.failure.kind}>
          <MessageBarBody>
            <MessageBarTitle>{flow.failure.kind === 'permission' ? 'Permission needed' : 'Set-up stopped'}</MessageBarTitle>
            {flow.failure.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view && (flow.phase === 'done' || (flow.phase === 'ready' && !toDo)) ? (
        <MessageBar intent={view.leftAlone.length ? 'warning' : 'success'} layout="multiline" data-testid="setup-result">
          <MessageBarBody>
            <MessageBarTitle>{flow.phase === 'done' ? 'The program is set up' : 'The program site has what Micromentor needs'}</MessageBarTitle>
            {view.leftAlone.length
              ? 'Set-up left these for a person to fix in Microsoft Lists:'
              : flow.phase === 'done'
                ? 'Mentors and mentees can use Micromentor now.'
                : 'Every list, column and index is there.'}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view && view.leftAlone.length > 0 && flow.phase === 'done' ? (
        <ul className={styles.list} data-testid="setup-left-alone">
          {view.leftAlone.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        {toDo && flow.phase !== 'done' ? (
          <Button appearance="primary" disabled={flow.phase === 'setting-up' || flow.phase === 'checking'} onClick={setUp}>
            {flow.phase === 'failed' ? 'Set up the program again' : 'Set up the program'}
          </Button>
        ) : null}
        {flow.phase === 'done' && onDone ? (
          <Button appearance="primary" onClick={onDone}>
            Open Micromentor
          </Button>
        ) : null}
        <Button disabled={flow.phase === 'setting-up' || flow.phase === 'checking'} onClick={check}>
          Check the program site
        </Button>
        {onBack && flow.phase !== 'setting-up' ? <Button onClick={onBack}>Back</Button> : null}
      </div>
      {flow.phase === 'ready' || flow.phase === 'failed' ? <OtherSiteField port={port} disabled={false} onFound={(site) => setSiteId(site.id)} /> : null}
    </section>
  );
}
