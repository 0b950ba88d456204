// Outlook's compose form beside the Outlook frame: what the task pane fills through its port, shown
// as fields a person can read and change, with Send as Outlook's.
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Switch, Tab, TabList, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { OutlookItemType } from '../../src/domain/outlook-port';
import { BODY_MAX, SUBJECT_MAX, type ComposeField, type ComposeStore } from './compose-store';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  times: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  body: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** Epoch ms as a datetime-local value in this browser's zone, and back. */
function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value: string): number | undefined {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

export interface ComposeFormProps {
  store: ComposeStore;
  onNew: (kind: OutlookItemType) => void;
}

export function ComposeForm({ store, onNew }: ComposeFormProps) {
  const styles = useStyles();
  const { kind, fields, status, eventId, joinUrl } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const sent = status.phase === 'sent';
  const working = status.phase === 'working';
  const errorAt = (field: ComposeField) => (status.phase === 'failed' && status.field === field ? status.message : undefined);
  const appointment = kind === 'appointment';

  return (
    <section className={styles.form} aria-label="Outlook compose form" data-testid="compose-form" data-kind={kind} data-event-id={eventId ?? ''}>
      <TabList selectedValue={kind} onTabSelect={(_, data) => onNew(data.value as OutlookItemType)}>
        <Tab id="compose-new-meeting" value="appointment">
          New meeting
        </Tab>
        <Tab id="compose-new-message" value="message">
          New message
        </Tab>
      </TabList>
      <Field label={appointment ? 'Required attendees' : 'To'} validationMessage={errorAt('to')}>
        <Input id="compose-to" value={fields.to} disabled={sent} onChange={(_, data) => store.edit({ to: data.value })} />
      </Field>
      <Field label="Subject" validationMessage={errorAt('subject')}>
        <Input id="compose-subject" value={fields.subject} maxLength={SUBJECT_MAX} disabled={sent} onChange={(_, data) => store.edit({ subject: data.value })} />
      </Field>
      {appointment && (
        <div className={styles.times}>
          <Field label="Start" validationMessage={errorAt('start')}>
            <Input id="compose-start" type="datetime-local" data-ms={fields.start} value={toLocalInput(fields.start)} disabled={sent} onChange={(_, data) => { const ms = fromLocalInput(data.value); if (ms !== undefined) store.edit({ start: ms }); }} />
          </Field>
          <Field label="End" validationMessage={errorAt('end')}>
            <Input id="compose-end" type="datetime-local" data-ms={fields.end} value={toLocalInput(fields.end)} disabled={sent} onChange={(_, data) => { const ms = fromLocalInput(data.value); if (ms !== undefined) store.edit({ end: ms }); }} />
          </Field>
          <Switch id="compose-teams" label="Teams meeting" checked={fields.online} disabled={sent} onChange={(_, data) => store.edit({ online: data.checked })} />
        </div>
      )}
      <Field label="Body (HTML)" validationMessage={errorAt('body')}>
        <Textarea
          id="compose-body"
          className={styles.body}
          resize="vertical"
          rows={10}
          value={fields.body}
          maxLength={BODY_MAX}
          disabled={sent}
          onChange={(_, data) => store.edit({ body: data.value })}
          onSelect={(event) => store.setCursor(event.currentTarget.selectionStart)}
        />
      </Field>
      <div className={styles.actions}>
        <Button id="compose-send" appearance="primary" disabled={sent || working} onClick={() => void store.send()}>
          Send
        </Button>
        {working && <Spinner size="tiny" label={`${status.what}…`} />}
        {sent && (
          <Text id="compose-status" weight="semibold">
            Sent
          </Text>
        )}
      </div>
      {sent && joinUrl && <Text size={200}>Teams meeting: {joinUrl}</Text>}
      {status.phase === 'failed' && !status.field && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
