import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { RequestEndingProps } from '../request/request-ending';
import { useCompose } from './compose-context';
import { FILL_STEPS, fillMeeting, type FillStepId, type FillStepState } from './fill-steps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: 'none' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

const STEP_NAMES: Record<FillStepId, string> = {
  attendee: 'Attendee',
  subject: 'Subject',
  times: 'Start and end',
  body: 'Agenda',
  teams: 'Teams meeting',
};

/** Fills the meeting once when drawn (each press of the button draws a new one) and shows each step's outcome. */
export function FillMeetingResult(props: RequestEndingProps) {
  const styles = useStyles();
  const compose = useCompose();
  const [steps, setSteps] = useState<FillStepState[]>(() => FILL_STEPS.map((id) => ({ id, status: 'waiting' })));
  // Once per press, also when StrictMode runs the effect twice: the calls change the item.
  const started = useRef(false);
  const input = useRef(props);

  useEffect(() => {
    if (started.current || !compose) return;
    started.current = true;
    void fillMeeting(compose, input.current, (state) => setSteps((all) => all.map((step) => (step.id === state.id ? state : step))));
  }, [compose]);

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
                <Spinner size="extra-tiny" labelPosition="after" label={`${STEP_NAMES[step.id]}…`} />
              ) : (
                <Text className={step.status === 'failed' ? styles.failed : undefined}>
                  {step.status === 'failed' ? '✗' : '✓'} {STEP_NAMES[step.id]}: {step.message}
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
