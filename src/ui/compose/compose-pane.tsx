// The Outlook task pane: the tab's Find-an-expert flow (the same screens and ports), ending in
// "Fill this meeting" on a new meeting, "Write a precise request" on a new email, instead of the tab's booking.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { FindExpertScreen } from '../directory/find-expert-screen';
import { RequestEndingContext, type RequestEnding } from '../request/request-ending';
import { useCompose } from './compose-context';
import { FillMeetingResult, WriteRequestResult } from './fill-meeting-result';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const FILL_MEETING: RequestEnding = {
  label: 'Fill this meeting',
  blockedPrefix: 'Before filling',
  testId: 'fill-meeting',
  Result: FillMeetingResult,
};

const WRITE_REQUEST: RequestEnding = {
  label: 'Write a precise request',
  blockedPrefix: 'Before writing',
  testId: 'write-request',
  Result: WriteRequestResult,
};

export function ComposePane() {
  const styles = useStyles();
  const compose = useCompose();
  if (!compose) {
    return (
      <MessageBar intent="info" data-testid="compose-missing">
        <MessageBarBody>Micromentor cannot reach the item being written. Open Ask an expert from a new meeting or message in Outlook.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <RequestEndingContext.Provider value={compose.kind === 'appointment' ? FILL_MEETING : WRITE_REQUEST}>
        <FindExpertScreen />
      </RequestEndingContext.Provider>
    </div>
  );
}
