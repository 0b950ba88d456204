// The compose item port over Office.js, for Outlook's appointment-organizer and message compose forms.
// Every call goes through one small queue (Outlook on the web allows 3 async calls at once), checks
// its Mailbox requirement set first and turns Office failures into ComposeErrors.
import type { ComposeError, ComposeErrorCode, ComposeItemPort, ComposeKind, ComposeRecipient } from '../../ui/common/compose-ports';
import { MAILBOX_SETS, MAX_BODY_DATA_CHARS, MAX_OFFICE_CALLS_IN_FLIGHT, MAX_SUBJECT_CHARS } from './office-limits';

/** The parts of the Office global this adapter uses; tests hand in an office-addin-mock object. */
export type OfficeApi = Pick<typeof Office, 'context' | 'CoercionType' | 'AsyncResultStatus' | 'MailboxEnums'>;

type ComposeItem = Office.AppointmentCompose | Office.MessageCompose;
type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface CallQueue {
  run<T>(start: () => Promise<T>): Promise<T>;
  /** Calls started and not yet settled. */
  readonly inFlight: number;
}

/** Starts at most `limit` calls at once; the rest wait in order. */
export function createCallQueue(limit: number = MAX_OFFICE_CALLS_IN_FLIGHT): CallQueue {
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    if (inFlight >= limit) return;
    const start = waiting.shift();
    if (start) start();
  };
  return {
    get inFlight() {
      return inFlight;
    },
    run<T>(start: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          inFlight += 1;
          let settled: Promise<T>;
          try {
            settled = start();
          } catch (error) {
            settled = Promise.reject(error);
          }
          // Free the slot before the caller resumes, so its next call sees the true count.
          const release = () => {
            inFlight -= 1;
            next();
          };
          settled.then(
            (value) => (release(), resolve(value)),
            (error: unknown) => (release(), reject(error)),
          );
        });
        next();
      });
    },
  };
}

// One queue for the whole task pane: the limit is Outlook's, not per port instance.
const sharedQueue = createCallQueue();

function composeError(code: ComposeErrorCode, message: string, officeCode?: string | number): ComposeError {
  return officeCode === undefined ? { code, message } : { code, message, officeCode };
}

export function createOfficeComposeItem(office: OfficeApi = Office, queue: CallQueue = sharedQueue): ComposeItemPort {
  const mailbox = office.context.mailbox;
  const item = mailbox.item as unknown as ComposeItem;
  const kind: ComposeKind = mailbox.item?.itemType === office.MailboxEnums.ItemType.Appointment ? 'appointment' : 'message';
  const html = { coercionType: office.CoercionType.Html };

  const requireSet = (version: string, insteadSentence: string) => {
    if (!office.context.requirements.isSetSupported('Mailbox', version)) {
      throw composeError('unsupported', `This version of Outlook cannot do this (it lacks Mailbox ${version}). ${insteadSentence}`);
    }
  };

  // Wraps one Office.js async method: queued, and a failed AsyncResult becomes 'failed' with Office's code.
  const call = <T>(what: string, begin: (callback: Callback<T>) => void): Promise<T> =>
    queue.run(
      () =>
        new Promise<T>((resolve, reject) => {
          begin((result) => {
            if (result.status === office.AsyncResultStatus.Failed) {
              const error = result.error;
              reject(composeError('failed', `Outlook could not ${what}: ${error?.message ?? 'no reason given'}.`, error?.code));
            } else resolve(result.value);
          });
        }),
    ).catch((error: unknown) => {
      if (isComposeError(error)) throw error;
      // A synchronous throw from Office.js (bad argument, item closed) carries no AsyncResult.
      throw composeError('failed', `Outlook could not ${what}: ${error instanceof Error ? error.message : String(error)}.`);
    });

  // Runs `body` and turns a synchronous ComposeError (a requirement check) into a rejection.
  const attempt = <T>(body: () => Promise<T>): Promise<T> => {
    try {
      return body();
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const appointmentOnly = (what: string): Office.AppointmentCompose => {
    if (kind !== 'appointment') throw composeError('wrong-item', `Only a meeting has ${what}; this is an email.`);
    return item as Office.AppointmentCompose;
  };

  const checkBodyData = (data: string) => {
    if (data.length > MAX_BODY_DATA_CHARS) {
      throw composeError(
        'too-large',
        `The text to insert is ${data.length.toLocaleString('en-US')} characters; Outlook accepts at most ${MAX_BODY_DATA_CHARS.toLocaleString('en-US')}. Shorten the agenda or the request and try again.`,
      );
    }
  };

  // HTML into a plain-text body fails in Outlook; say how to switch instead of a raw Office error.
  const requireHtmlBody = async () => {
    const type = await call<Office.CoercionType>('read the body format', (cb) => item.body.getTypeAsync(cb));
    if (type !== office.CoercionType.Html) {
      throw composeError('unsupported', 'This item is in plain text. Switch it to HTML (Format text → HTML) and try again.');
    }
  };

  const writeHtml = (data: string, set: string, instead: string, what: string, write: (cb: Callback<void>) => void) =>
    attempt(async () => {
      requireSet(set, instead);
      checkBodyData(data);
      await requireHtmlBody();
      await call<void>(what, write);
    });

  return {
    kind,

    getBody: () =>
      attempt(() => {
        requireSet(MAILBOX_SETS.getBody, 'Copy the text you need from the item by hand.');
        return call<string>('read the body', (cb) => item.body.getAsync(office.CoercionType.Html, cb));
      }),

    prependToBody: (data) =>
      writeHtml(data, MAILBOX_SETS.prependBody, 'Copy the text from the pane and paste it at the top of the body.', 'add to the top of the body', (cb) =>
        item.body.prependAsync(data, html, cb),
      ),

    // Needs the whole body read first (getBody, also 1.3): the caller rebuilt it around our earlier agenda.
    setBody: (data) =>
      writeHtml(data, MAILBOX_SETS.setBody, 'Delete the earlier Micromentor agenda from the body, then fill the meeting again.', 'replace the body', (cb) =>
        item.body.setAsync(data, html, cb),
      ),

    insertAtCursor: (data) =>
      writeHtml(data, MAILBOX_SETS.insertAtCursor, 'Copy the text from the pane and paste it where you want it.', 'insert at the cursor', (cb) =>
        item.body.setSelectedDataAsync(data, html, cb),
      ),

    setSubject: (subject) =>
      attempt(async () => {
        requireSet(MAILBOX_SETS.subject, 'Type the subject into the form yourself.');
        if (subject.length > MAX_SUBJECT_CHARS) {
          throw composeError('too-large', `The subject is ${subject.length} characters; Outlook accepts at most ${MAX_SUBJECT_CHARS}. Shorten the topic.`);
        }
        await call<void>('set the subject', (cb) => item.subject.setAsync(subject, cb));
      }),

    addRecipient: (person: ComposeRecipient) =>
      attempt(async () => {
        requireSet(MAILBOX_SETS.recipients, `Add ${person.email} to the ${kind === 'appointment' ? 'attendees' : 'To line'} yourself.`);
        const recipients = kind === 'appointment' ? (item as Office.AppointmentCompose).requiredAttendees : (item as Office.MessageCompose).to;
        const present = await call<Office.EmailAddressDetails[]>('read the recipients', (cb) => recipients.getAsync(cb));
        const wanted = person.email.toLowerCase();
        if (present.some((r) => r.emailAddress?.toLowerCase() === wanted)) return;
        await call<void>('add the recipient', (cb) =>
          recipients.addAsync([{ displayName: person.displayName, emailAddress: person.email }], cb),
        );
      }),

    setTimes: (start, end) =>
      attempt(async () => {
        const appointment = appointmentOnly('a start and end time');
        requireSet(MAILBOX_SETS.times, 'Set the start and end in the form yourself.');
        if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
          throw composeError('failed', 'The end of the meeting must come after its start. Pick the slot again.');
        }
        // Start first: Outlook moves the end with the start, so setting end last fixes the length.
        await call<void>('set the start time', (cb) => appointment.start.setAsync(new Date(start), cb));
        await call<void>('set the end time', (cb) => appointment.end.setAsync(new Date(end), cb));
      }),

    // Office.js has no API for the Teams meeting toggle in compose (neither @types/office-js 1.0.612
    // nor office-js-preview 1.0.729): this client cannot tell, so the pane asks the user instead.
    isOnlineMeeting: () =>
      attempt(async () => {
        appointmentOnly('a Teams meeting toggle');
        return undefined;
      }),

    saveAndGetItemId: () =>
      attempt(async () => {
        requireSet(MAILBOX_SETS.save, 'Save the item yourself; linking it to the session needs a newer Outlook.');
        const ewsId = await call<string>('save the item', (cb) => item.saveAsync(cb));
        if (!ewsId) throw composeError('failed', 'Outlook saved the item but gave no id. Save it again and retry.');
        // saveAsync gives the EWS id; Graph needs the REST form. Outlook on mobile lacks convertToRestId.
        if (typeof mailbox.convertToRestId !== 'function' || !office.context.requirements.isSetSupported('Mailbox', MAILBOX_SETS.convertToRestId)) {
          throw composeError('unsupported', 'This version of Outlook cannot give the item id in the form needed to link it. Open the item in Outlook on the web or on Windows to link it.');
        }
        return mailbox.convertToRestId(ewsId, office.MailboxEnums.RestVersion.v2_0);
      }),
  };
}

function isComposeError(value: unknown): value is ComposeError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !(value instanceof Error);
}
