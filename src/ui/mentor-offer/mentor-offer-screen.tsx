import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState, toPortError } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import { OfferConflict } from './offer-conflict';
import { OfferForm } from './offer-form';
import { useMentorOffer } from './use-mentor-offer';
import { WorkingHoursView } from './working-hours-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem', minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** "My offer": what a mentor offers mentees, saved to the program's Mentors list. */
export function MentorOfferScreen() {
  const ports = usePorts();
  const styles = useStyles();
  const offer = useMentorOffer(ports.mentorOffer);
  const { state } = offer;

  if (state.phase === 'loading') return <LoadingState label="Loading your offer…" />;
  if (state.phase === 'load-failed' && state.failure) {
    return <ErrorState error={toPortError(state.failure)} onRetry={offer.reload} />;
  }

  const saved = state.phase === 'saved' && state.base ? state.base.offer : undefined;
  return (
    <section className={styles.root} aria-labelledby="my-offer-title" data-testid="mentor-offer">
      <Text as="h2" id="my-offer-title" size={500} weight="semibold">
        {ports.viewer.isMentor ? 'My offer' : 'Become a mentor'}
      </Text>
      <Text className={styles.intro}>
        {ports.viewer.isMentor
          ? 'What you offer mentees: the topics they find you by, how long and how often you meet them.'
          : 'Offer a few short sessions on what you know: pick the topics mentees find you by, how long and how often you meet them, and switch on your listing when you are ready.'}
      </Text>
      <OfferForm
        draft={state.draft}
        vocabulary={offer.vocabulary}
        errors={offer.errors}
        disabled={state.phase === 'saving' || state.phase === 'conflict'}
        onEdit={offer.edit}
        onTouch={offer.touch}
      />
      <WorkingHoursView port={ports.mentorOffer} />
      <div role="status" aria-live="polite">
        {saved ? (
          <MessageBar intent="success" data-testid="offer-saved">
            <MessageBarBody>
              <MessageBarTitle>Saved</MessageBarTitle>
              {saved.active
                ? `Mentees can now find you by ${saved.topics.join(', ')}.`
                : 'You are not listed in the directory, so mentees cannot book you until you switch it on.'}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {state.phase === 'saving' ? <Text>Saving your offer…</Text> : null}
      </div>
      {state.phase === 'conflict' && state.conflict ? (
        <OfferConflict conflict={state.conflict} onKeepMine={offer.keepMine} onTakeTheirs={offer.takeTheirs} />
      ) : null}
      {state.phase === 'save-failed' && state.failure ? <ErrorState error={toPortError(state.failure)} onRetry={offer.save} /> : null}
      {state.submitted && Object.keys(offer.errors).length > 0 ? (
        <Text role="alert" data-testid="offer-invalid">
          Some fields need a change before your offer can be saved; each says what to do.
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={offer.save} disabled={state.phase === 'saving' || state.phase === 'conflict'} data-testid="save-offer">
          Save offer
        </Button>
      </div>
    </section>
  );
}
