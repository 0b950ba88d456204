import { Component, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface State {
  failed: boolean;
}

/**
 * A screen that could not draw (its code did not download, or a bug) shows a failure in words
 * instead of leaving the whole tab blank. "Try again" draws it afresh.
 */
export class ScreenBoundary extends Component<{ children?: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <ErrorState
          error={{ code: 'unavailable', message: 'This part of Micromentor could not be shown; it may not have downloaded.' }}
          onRetry={() => window.location.reload()}
        />
      );
    }
    return this.props.children;
  }
}
