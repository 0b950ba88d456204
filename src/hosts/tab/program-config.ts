// Where the program keeps its data and who runs it, from the build's environment (webpack's
// DefinePlugin, README "Pointing the build at a real tenant"). Unset, the build uses the local
// emulator's demo program site, whose program manager is the demo persona Sofia Lindqvist.

export interface ProgramConfig {
  /** The program site's Graph id (`host,siteCollectionId,webId`). */
  siteId: string;
  mentorsList: string;
  sessionsList: string;
  /** Flash-mentoring events and their participants. */
  flashEventsList: string;
  flashParticipantsList: string;
  signupSheetsList: string;
  signupClaimsList: string;
  /** Settled directory searches (topic and outcome only), for the dashboard's demand figures. */
  searchesList: string;
  /** Pilots a program manager started (name, dates, people, goal). */
  pilotsList: string;
  /** Success stories from consented sessions (one per session). */
  storiesList: string;
  /** userPrincipalNames (lower case) who see each mentor's load. */
  programManagers: readonly string[];
}

export interface ProgramEnvironment {
  MICROMENTOR_PROGRAM_SITE_ID?: string;
  MICROMENTOR_PROGRAM_MANAGERS?: string;
}

/** The emulator's demo site (emulator/seed-program-site.ts PROGRAM_SITE; emulator/ shares no code with src/). */
export const EMULATOR_PROGRAM_SITE_ID = 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e';
const EMULATOR_PROGRAM_MANAGERS = 'sofia.lindqvist@contoso.example';

export function readProgramConfig(env: ProgramEnvironment): ProgramConfig {
  const siteId = (env.MICROMENTOR_PROGRAM_SITE_ID ?? '').trim() || EMULATOR_PROGRAM_SITE_ID;
  const managers = (env.MICROMENTOR_PROGRAM_MANAGERS ?? '').trim() || (siteId === EMULATOR_PROGRAM_SITE_ID ? EMULATOR_PROGRAM_MANAGERS : '');
  return {
    siteId,
    mentorsList: 'Mentors',
    sessionsList: 'Sessions',
    flashEventsList: 'FlashEvents',
    flashParticipantsList: 'FlashParticipants',
    signupSheetsList: 'SignupSheets',
    signupClaimsList: 'SignupClaims',
    searchesList: 'TopicSearches',
    storiesList: 'SuccessStories',
    pilotsList: 'Pilots',
    programManagers: managers
      .split(/[,;\s]+/)
      .map((upn) => upn.trim().toLowerCase())
      .filter(Boolean),
  };
}

export const PROGRAM_ENV: ProgramEnvironment = {
  MICROMENTOR_PROGRAM_SITE_ID: process.env.MICROMENTOR_PROGRAM_SITE_ID,
  MICROMENTOR_PROGRAM_MANAGERS: process.env.MICROMENTOR_PROGRAM_MANAGERS,
};
