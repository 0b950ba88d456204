import type { ComponentType, ReactNode } from 'react';
import { ErrorState } from '../ui/common/error-state';
import { LoadingState } from '../ui/common/loading-state';
import { ScreenBoundary } from '../ui/common/screen-boundary';
import type { SignInState } from '../ui/sign-in-status';
import type { LazyPortsState } from './use-lazy-ports';

export interface LazySurfaceParts<P> {
  /** Drawn before sign-in and when it failed (sign-in's status says what went wrong). */
  intro: ReactNode;
  /** Said while the ports and the screen download after sign-in. */
  loading: string;
  /** The surface's providers around its screen. */
  provide: (ports: P, screen: ReactNode) => ReactNode;
}

/** What a surface draws under its shell as sign-in, then its lazily built ports and screen, come in. */
export function lazySurfaceBody<P>(signIn: SignInState, lazy: { state: LazyPortsState<P, ComponentType>; retry: () => void }, parts: LazySurfaceParts<P>): ReactNode {
  if (signIn.kind === 'failed') return parts.intro;
  if (lazy.state.kind === 'ready') {
    const Screen = lazy.state.screen;
    return parts.provide(
      lazy.state.ports,
      <ScreenBoundary>
        <Screen />
      </ScreenBoundary>,
    );
  }
  if (lazy.state.kind === 'failed') return <ErrorState error={lazy.state.error} onRetry={lazy.retry} />;
  if (signIn.kind === 'signed-in') return <LoadingState label={parts.loading} />;
  return parts.intro;
}
