import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { describeOfferValue, OFFER_FIELD_LABELS, type OfferConflict as Conflict } from '../../domain/mentor-offer';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: 0, overflowWrap: 'anywhere' },
});

/** Someone else saved the offer meanwhile: each field both changed, side by side, and a choice. */
export function OfferConflict({ conflict, onKeepMine, onTakeTheirs }: { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="offer-conflict">
      <MessageBarBody>
        <MessageBarTitle>Your offer was changed meanwhile</MessageBarTitle>
        <Text>The program manager (or you, in another window) saved your offer while you were editing it. Nothing is lost: choose which to keep.</Text>
        <dl className={styles.list}>
          {conflict.fields.map((field) => (
            <div key={field} data-testid="conflict-field" data-field={field}>
              <dt className={styles.term}>{OFFER_FIELD_LABELS[field] ?? field}</dt>
              <dd className={styles.value}>Yours: {describeOfferValue(conflict.mine, field)}</dd>
              <dd className={styles.value}>Theirs: {describeOfferValue(conflict.theirs.offer, field)}</dd>
            </div>
          ))}
        </dl>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button onClick={onTakeTheirs}>Take theirs</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
