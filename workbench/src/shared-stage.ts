// The meeting stage of the workbench: what the side panel shared to it. Every workbench page in the
// same meeting (two browser pages signed in as mentor and mentee) shows the same stage, as Teams
// shows a shared app to everyone in the meeting: pages tell each other over a BroadcastChannel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { SDK_ERROR, type SdkError } from './teams-host-simulator';

const CHANNEL = 'micromentor-workbench-stage';

interface StageMessage {
  chatId: string;
  /** Path and query on the workbench's origin, or null when sharing stopped. */
  url: string | null;
}

export interface SharedStage {
  url?: string;
  share(url: string): SdkError | undefined;
  stop(): void;
}

/** The app's URL as a path on this origin; undefined for another origin (Teams wants it in validDomains). */
function ownPath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, window.location.href);
  } catch {
    return undefined;
  }
  return parsed.origin === window.location.origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
}

export function useSharedStage(chatId: string | undefined): SharedStage {
  const [shared, setShared] = useState<{ chatId: string; url: string }>();
  const channel = useRef<BroadcastChannel>();

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (event: MessageEvent<StageMessage>) => {
      const { chatId: from, url } = event.data;
      setShared((now) => (url !== null ? { chatId: from, url } : now?.chatId === from ? undefined : now));
    };
    return () => {
      c.close();
      channel.current = undefined;
    };
  }, []);

  const share = useCallback(
    (url: string): SdkError | undefined => {
      const path = ownPath(url);
      if (!chatId) return { errorCode: SDK_ERROR.notSupportedInCurrentContext, message: 'Not in a meeting.' };
      if (path === undefined) return { errorCode: SDK_ERROR.invalidArguments, message: `Only the app's own pages (${window.location.origin}) can be shared to the stage.` };
      setShared({ chatId, url: path });
      channel.current?.postMessage({ chatId, url: path } satisfies StageMessage);
      return undefined;
    },
    [chatId],
  );
  const stop = useCallback(() => {
    setShared(undefined);
    if (chatId) channel.current?.postMessage({ chatId, url: null } satisfies StageMessage);
  }, [chatId]);

  // What another meeting shared is not on this meeting's stage.
  return { url: shared && shared.chatId === chatId ? shared.url : undefined, share, stop };
}
