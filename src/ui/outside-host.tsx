import { HostNotice } from './host-notice';

export const OUTSIDE_HOST_MESSAGE = 'Open Micromentor in Teams or Outlook, or run the local workbench with npm start.';

/** Shown when a surface is opened as a plain web page: say how to get to a working one. */
export function OutsideHost({ detail }: { detail?: string }) {
  return (
    <HostNotice intent="info" title="Micromentor runs inside Microsoft 365">
      {OUTSIDE_HOST_MESSAGE}
      {detail ? ` (${detail})` : null}
    </HostNotice>
  );
}

/** Shown when the host lacks something this surface needs (a teams-js capability, an Office.js requirement set). */
export function HostUnsupported({ message }: { message: string }) {
  return (
    <HostNotice intent="warning" title="This part of Micromentor cannot run here">
      {message}
    </HostNotice>
  );
}
