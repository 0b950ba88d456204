import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';

/** Where signing in to Microsoft 365 has got to; hosts fill it in. */
export type SignInState =
  | { kind: 'signing-in' }
  | { kind: 'signed-in'; name: string }
  /** `trying`: the surface is trying again by itself (the message stays until it has connected). */
  | { kind: 'failed'; title: string; message: string; action: string; trying?: boolean };

export interface SignInStatusProps {
  state: SignInState;
  onRetry: () => void;
}

/** Never a blank panel: progress, who is connected, or why not and what to do. */
export function SignInStatus({ state, onRetry }: SignInStatusProps) {
  if (state.kind === 'signing-in') return <Spinner size="tiny" labelPosition="after" label="Signing in to Microsoft 365…" />;
  if (state.kind === 'signed-in') {
    return (
      <Text size={200} data-testid="graph-status">
        Connected to Microsoft 365 as {state.name}
      </Text>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="sign-in-problem">
      <MessageBarBody>
        <MessageBarTitle>{state.title}</MessageBarTitle>
        {state.message} {state.action}
      </MessageBarBody>
      <MessageBarActions>
        {state.trying ? <Spinner size="extra-tiny" labelPosition="after" label="Trying again…" data-testid="sign-in-trying" /> : null}
        <Button onClick={onRetry}>Sign in</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
