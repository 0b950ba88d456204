// Edits the domain refused (an action removed meanwhile, a cancelled session), said as sentences.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { EditRefusal } from '../../domain/session-edits';

export function EditRefusals({ refused, onDismiss }: { refused: EditRefusal[]; onDismiss: () => void }) {
  if (refused.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="edit-refused">
      <MessageBarBody>{refused.map((r) => r.message).join(' ')}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>OK</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
