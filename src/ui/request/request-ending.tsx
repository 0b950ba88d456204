// How a precise request ends when the host is not the tab: the tab books (its saga, the default);
// the Outlook task pane fills the meeting being composed instead. Unset in the tab.
import { createContext, useContext, type ComponentType } from 'react';
import type { PreciseRequest } from '../../domain/precise-request';
import type { MentorListing, Viewer } from '../common/tab-ports';

export interface RequestEndingProps {
  request: PreciseRequest;
  mentor: MentorListing;
  start: number;
  viewer: Viewer;
  /** The chosen start first, then up to two more free starts of the mentor that do not overlap it (for a mail proposing times). */
  proposedStarts: number[];
  /** Where the mentor reads times, when their working hours are known. */
  mentorZone?: string;
}

export interface RequestEnding {
  /** The form's submit button, e.g. "Fill this meeting". */
  label: string;
  /** Said before the first error while the button is disabled, e.g. "Before filling". */
  blockedPrefix: string;
  testId: string;
  /** Drawn under the button after each press (a new key each time): runs the ending and shows how it went. */
  Result: ComponentType<RequestEndingProps>;
}

export const RequestEndingContext = createContext<RequestEnding | undefined>(undefined);

export const useRequestEnding = (): RequestEnding | undefined => useContext(RequestEndingContext);
