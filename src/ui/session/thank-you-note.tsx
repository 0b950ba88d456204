// The mentee's thank-you note to the mentor: prefilled, editable, sent once. The mail adds the goal,
// the result and the actions below the note (the domain's renderThankYouMail), so the note itself
// can stay personal.
import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RESULT_LABELS } from '../../domain/render-chat-messages';
import { THANK_YOU_BODY_MAX, renderThankYouMail } from '../../domain/render-thank-you';
import type { Session } from '../../domain/session';
import { ErrorState, toPortError } from '../common/error-state';
import { inputCeiling } from '../common/input-ceiling';
import type { PanelSession, PortError } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

/** The gateway's limit on the note (characters). */

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

function prefill(session: Session, mentorName: string): string {
  const result = session.result ? ` ${RESULT_LABELS[session.result]}: ` : ' ';
  const outcome =
    session.result === 'met' ? 'I have what I came for.' : session.result === 'partly' ? 'I am part of the way there.' : session.result === 'not-yet' ? 'I know what to try next.' : '';
  return `Dear ${mentorName.split(' ')[0] ?? mentorName}, thank you for your time and advice on “${session.topic}”.${result}${outcome}`.trim();
}

type Sending = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; error: PortError };

export interface ThankYouNoteProps {
  panel: PanelSession;
  session: Session;
  withRecord: (op: (current: PanelSession) => Promise<PanelSession>) => Promise<PanelSession>;
}

export function ThankYouNote({ panel, session, withRecord }: ThankYouNoteProps) {
  const { sessions, viewer } = useSessionPorts();
  const styles = useStyles();
  const [body, setBody] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState<Sending>({ kind: 'editing' });
  const [sentHere, setSentHere] = useState(false);
  const text = body ?? prefill(session, panel.mentor.displayName);
  const tooLong = text.trim().length > THANK_YOU_BODY_MAX;

  if (session.thankYouSent || sentHere) {
    return (
      <MessageBar intent="success" data-testid="thank-you-sent">
        <MessageBarBody>Your thank-you note was sent to {panel.mentor.displayName}.</MessageBarBody>
      </MessageBar>
    );
  }

  const subject = renderThankYouMail({
    mentorName: panel.mentor.displayName,
    menteeName: viewer.displayName,
    message: '',
    summary: { goal: session.goal, actions: session.agreedActions, topic: session.topic, ...(session.result ? { result: session.result } : {}) },
    place: viewer,
  }).subject;

  const send = () => {
    if (tooLong || sending.kind === 'sending') return;
    setSending({ kind: 'sending' });
    withRecord((current) => sessions.sendThankYou(current, { subject, body: text.trim() })).then(
      () => setSentHere(true),
      (e: unknown) => setSending({ kind: 'failed', error: toPortError(e) }),
    );
  };

  return (
    <div className={styles.root}>
      <Field
        label={`Thank-you note to ${panel.mentor.displayName}`}
        hint="Sent by mail with the goal, the result and the actions added below it."
        validationMessage={tooLong ? `Keep the note under ${THANK_YOU_BODY_MAX} characters (now ${text.trim().length}).` : undefined}
        validationState={tooLong ? 'error' : 'none'}
      >
        <Textarea value={text} resize="vertical" rows={4} maxLength={inputCeiling(THANK_YOU_BODY_MAX)} onChange={(_, d) => setBody(d.value)} data-testid="thank-you-body" />
      </Field>
      <Text size={200} className={styles.note}>
        Subject: {subject}
      </Text>
      <Button appearance="primary" data-testid="send-thank-you" disabled={tooLong || sending.kind === 'sending'} onClick={send}>
        {sending.kind === 'sending' ? 'Sending…' : 'Send the thank-you note'}
      </Button>
      {sending.kind === 'failed' ? <ErrorState error={sending.error} onRetry={send} /> : null}
    </div>
  );
}
