import { Checkbox, Field, Input, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { characterCount } from '../../domain/precise-request';
import { OFFER_LIMITS, type OfferDraft, type OfferField } from '../../domain/mentor-offer';
import { TIME_BOXES } from '../../domain/time-box';
import { inputCeiling } from '../common/input-ceiling';
import { FieldGroup } from './field-group';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Columns wide enough for the longest label on one line, so the inputs of a row line up.
  numbers: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  input: { width: '100%', minWidth: 0 },
});

export interface OfferFormProps {
  draft: OfferDraft;
  vocabulary: readonly string[];
  errors: Partial<Record<OfferField, string>>;
  disabled: boolean;
  onEdit: (patch: Partial<OfferDraft>) => void;
  onTouch: (field: OfferField) => void;
}

/** The offer's fields that are a list of choices, drawn as one checkbox per choice. */
type ListField = 'topics' | 'sessionLengths';
type Choice<K extends ListField> = OfferDraft[K][number];

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

/** The offer's fields, each with its limit and, once touched, its error. */
export function OfferForm({ draft, vocabulary, errors, disabled, onEdit, onTouch }: OfferFormProps) {
  const styles = useStyles();
  // A topic stored by hand outside the vocabulary stays visible, so it can be unticked.
  const topics = [...vocabulary, ...draft.topics.filter((t) => !vocabulary.includes(t))];
  const bioLength = characterCount(draft.bio);
  const state = (field: OfferField) => (errors[field] ? 'error' : 'none');

  const numberField = (field: 'capacityPerWeek' | 'capacityPerMonth' | 'noticeHours' | 'bufferMinutes', label: string, hint: string) => (
    <Field label={label} hint={hint} validationState={state(field)} validationMessage={errors[field]}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={draft[field]}
        disabled={disabled}
        onChange={(_, data) => onEdit({ [field]: data.value.slice(0, 8) })}
        onBlur={() => onTouch(field)}
        data-testid={`offer-${field}`}
      />
    </Field>
  );

  // One checkbox per choice; a tick edits the field's list and marks the field touched.
  const checkboxes = <K extends ListField>(field: K, choices: readonly Choice<K>[], label: (choice: Choice<K>) => string) => {
    // TypeScript cannot narrow draft[field] for a generic K; it is the list of that field's choices.
    const chosen = draft[field] as readonly Choice<K>[];
    return choices.map((choice) => (
      <Checkbox
        key={choice}
        label={label(choice)}
        checked={chosen.includes(choice)}
        disabled={disabled}
        onChange={(_, data) => {
          onEdit({ [field]: toggled(chosen, choice, data.checked === true) });
          onTouch(field);
        }}
      />
    ));
  };

  return (
    <div className={styles.form}>
      <Switch
        checked={draft.active}
        disabled={disabled}
        label={draft.active ? 'Listed in the directory: mentees can find and book you' : 'Not listed: mentees cannot find or book you'}
        onChange={(_, data) => onEdit({ active: data.checked })}
        data-testid="offer-active"
      />
      <FieldGroup
        label="Topics"
        hint={`Choose up to ${OFFER_LIMITS.topics.max} from the program's topics.`}
        error={errors.topics}
        testId="offer-topics"
      >
        {checkboxes('topics', topics, (topic) => topic)}
      </FieldGroup>
      <Field
        label="Short bio"
        hint={`${bioLength} of ${OFFER_LIMITS.bio.max} characters. What you have done that a mentee can learn from; https links only.`}
        validationState={state('bio')}
        validationMessage={errors.bio}
      >
        <Textarea
          value={draft.bio}
          disabled={disabled}
          resize="vertical"
          rows={4}
          onChange={(_, data) => onEdit({ bio: data.value })}
          onBlur={() => onTouch('bio')}
          maxLength={inputCeiling(OFFER_LIMITS.bio.max)}
          data-testid="offer-bio"
        />
      </Field>
      <FieldGroup label="Session lengths" hint="Mentees pick one of these when they book." error={errors.sessionLengths} testId="offer-lengths">
        {checkboxes('sessionLengths', TIME_BOXES, (minutes) => `${minutes} minutes`)}
      </FieldGroup>
      <div className={styles.numbers}>
        {numberField('capacityPerWeek', 'Sessions per week', `${OFFER_LIMITS.cap.min}–${OFFER_LIMITS.cap.max}; empty for no limit.`)}
        {numberField('capacityPerMonth', 'Sessions per month', `${OFFER_LIMITS.cap.min}–${OFFER_LIMITS.cap.max}, at least the weekly number.`)}
        {numberField('noticeHours', 'Minimum notice (hours)', `${OFFER_LIMITS.noticeHours.min}–${OFFER_LIMITS.noticeHours.max} (up to 14 days).`)}
        {numberField('bufferMinutes', 'Buffer between sessions (minutes)', `${OFFER_LIMITS.bufferMinutes.min}–${OFFER_LIMITS.bufferMinutes.max}.`)}
      </div>
    </div>
  );
}
