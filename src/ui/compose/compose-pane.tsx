// The Outlook task pane: the tab's Find-an-expert flow (the same screens and ports), ending in
// "Fill this meeting" on a new meeting instead of the tab's booking.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { FindExpertScreen } from '../directory/find-expert-screen';
import { RequestEndingContext, type RequestEnding } from '../request/request-ending';
import { useCompose } from './compose-context';
import { FillMeetingResult } from './fill-meeting-result';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const FILL_MEETING: RequestEnding = {
  label: 'Fill this meeting',
  blockedPrefix: 'Before filling',
  testId: 'fill-meeting',
  Result: FillMeetingResult,
};

export function ComposePane() {
  const styles = useStyles();
  const compose = useCompose();
  if (compose?.kind !== 'appointment') {
    return (
      <MessageBar intent="info" data-testid="compose-not-meeting">
        <MessageBarBody>
          {compose ? 'To schedule a micro-mentoring session, open Ask an expert from a new meeting.' : 'Micromentor cannot reach the item being written. Open Ask an expert from a new meeting in Outlook.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <RequestEndingContext.Provider value={FILL_MEETING}>
        <FindExpertScreen />
      </RequestEndingContext.Provider>
    </div>
  );
}
