import { Label, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  // Even columns as wide as the longest common topic; one column at 320 px.
  options: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 13rem), 1fr))', columnGap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A labelled group of checkboxes with its hint and error, as Fluent's Field does for one control:
 * the group is named by its label and described by the error, so a screen reader hears both.
 */
export function FieldGroup({ label, hint, error, children, testId }: { label: string; hint?: string; error?: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const labelId = useId();
  const errorId = useId();
  const hintId = useId();
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={styles.root} data-testid={testId}>
      <Label id={labelId} weight="semibold">
        {label}
      </Label>
      <div className={styles.options}>{children}</div>
      {error ? (
        <Text id={errorId} size={200} className={styles.error} data-testid="field-error">
          {error}
        </Text>
      ) : null}
      {hint ? (
        <Text id={hintId} size={200} className={styles.hint}>
          {hint}
        </Text>
      ) : null}
    </div>
  );
}
