import type { HostContext, HostTheme } from '../domain/host-context';

/** A live link to the host a surface runs in: its context now, and its theme as it changes. */
export interface HostConnection {
  context: HostContext;
  onThemeChange(listener: (theme: HostTheme) => void): void;
}

/** Why a surface has no host: shown to the person, so it must be a sentence they can act on. */
export class NoHostError extends Error {
  readonly code = 'no-host';
}

/** The host is there but lacks a capability this surface needs: a sentence for the person, not a crash. */
export class UnsupportedHostError extends Error {
  readonly code = 'host-unsupported';
}

export function isFramed(): boolean {
  try {
    return window.parent !== window || !!window.opener;
  } catch {
    return true;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoHostError(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
