import { Spinner } from '@fluentui/react-components';

/** Never a blank panel while waiting: a spinner that says what for (announced politely). */
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
}
