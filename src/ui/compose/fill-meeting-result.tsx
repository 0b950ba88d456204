import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ComposeItemPort, ComposeSessionPort } from '../common/compose-ports';
import { usePorts } from '../common/ports-context';
import type { RequestEndingProps } from '../request/request-ending';
import { useCompose, useComposeSession } from './compose-context';
import { FILL_AND_KEEP_STEPS, FILL_STEPS, MAIL_STEPS, fillMeeting, writeRequestMail, type FillInput, type FillStepId, type FillStepState } from './fill-steps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: 'none' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

type Run = (compose: ComposeItemPort, input: FillInput, report: (state: FillStepState) => void, session?: ComposeSessionPort) => Promise<void>;

const MEETING_NAMES: Record<FillStepId, string> = {
  attendee: 'Attendee',
  subject: 'Subject',
  times: 'Start and end',
  body: 'Agenda',
  teams: 'Teams meeting',
  session: 'Session',
};

const MAIL_NAMES: Record<FillStepId, string> = { ...MEETING_NAMES, attendee: 'To' };

/** Fills the meeting once when drawn (each press of the button draws a new one) and shows each step's outcome. */
export function FillMeetingResult(props: RequestEndingProps) {
  const session = useComposeSession();
  return <StepsResult {...props} ids={session ? FILL_AND_KEEP_STEPS : FILL_STEPS} names={MEETING_NAMES} run={fillMeeting} session={session} />;
}

/** Writes the precise request into the email once when drawn, and shows each step's outcome. */
export function WriteRequestResult(props: RequestEndingProps) {
  return <StepsResult {...props} ids={MAIL_STEPS} names={MAIL_NAMES} run={writeRequestMail} />;
}

function StepsResult({ ids, names, run, session, ...props }: RequestEndingProps & { ids: readonly FillStepId[]; names: Record<FillStepId, string>; run: Run; session?: ComposeSessionPort }) {
  const styles = useStyles();
  const compose = useCompose();
  const { now } = usePorts();
  const [steps, setSteps] = useState<FillStepState[]>(() => ids.map((id) => ({ id, status: 'waiting' })));
  // Once per press, also when StrictMode runs the effect twice: the calls change the item.
  const started = useRef(false);
  const input = useRef<FillInput>({ ...props, now: now() });

  useEffect(() => {
    if (started.current || !compose) return;
    started.current = true;
    void run(compose, input.current, (state) => setSteps((all) => all.map((step) => (step.id === state.id ? state : step))), session);
  }, [compose, run, session]);

  if (!compose) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>Micromentor cannot reach the meeting form here. Open the pane from a new meeting in Outlook.</MessageBarBody>
      </MessageBar>
    );
  }
  const teams = steps.find((s) => s.id === 'teams');
  return (
    <div aria-live="polite" data-testid="fill-result">
      <ul className={styles.root}>
        {steps
          .filter((step) => step.id !== 'teams')
          .map((step) => (
            <li key={step.id} data-testid="fill-step" data-step={step.id} data-status={step.status}>
              {step.status === 'waiting' ? (
                <Spinner size="extra-tiny" labelPosition="after" label={`${names[step.id]}…`} />
              ) : (
                <Text className={step.status === 'failed' ? styles.failed : undefined}>
                  {step.status === 'failed' ? '✗' : '✓'} {names[step.id]}: {step.message}
                </Text>
              )}
            </li>
          ))}
      </ul>
      {teams?.status === 'warning' ? (
        <MessageBar intent="warning" data-testid="teams-warning">
          <MessageBarBody>{teams.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
