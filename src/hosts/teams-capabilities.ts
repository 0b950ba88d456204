// teams-js groups its APIs into capabilities, and calling one the host lacks throws. A surface
// names the capabilities it needs; each is asked with its own isSupported() (valid only after
// app.initialize()), and a missing one becomes a sentence for the person.
import { pages } from '@microsoft/teams-js';

export type TeamsCapability = 'pages.config';

export interface CapabilityCheck {
  isSupported(): boolean;
  /** Frame contexts its calls are allowed in (teams-js throws elsewhere); any when absent. */
  frames?: readonly string[];
  /** What the person is told when the host lacks it. */
  missing: string;
  /** What the person is told when the page is opened in another frame. */
  wrongFrame?: string;
}

export const TEAMS_CAPABILITIES: Record<TeamsCapability, CapabilityCheck> = {
  'pages.config': {
    isSupported: () => pages.config.isSupported(),
    frames: ['settings'],
    missing: 'This version of Teams cannot show a configuration page, so Micromentor cannot be added to this meeting from here. Update Teams, or add it from Teams on the web.',
    wrongFrame: 'This page works only while Teams adds Micromentor to a meeting. Add Micromentor from the meeting\'s "+" (Apps) button.',
  },
};

/** The sentence for the first need this host cannot meet in this frame, or undefined when it meets all. */
export function unmetCapability(
  needs: readonly TeamsCapability[],
  frame: string | undefined,
  checks: Record<TeamsCapability, CapabilityCheck> = TEAMS_CAPABILITIES,
): string | undefined {
  for (const need of needs) {
    const check = checks[need];
    if (!check.isSupported()) return check.missing;
    if (check.frames && !check.frames.includes(frame ?? '')) return check.wrongFrame ?? check.missing;
  }
  return undefined;
}
