import { EMULATOR_PROGRAM_SITE_ID, readProgramConfig } from './program-config';

describe('readProgramConfig', () => {
  it("uses the emulator's demo site and its program manager when nothing is set", () => {
    expect(readProgramConfig({})).toEqual({ siteId: EMULATOR_PROGRAM_SITE_ID, mentorsList: 'Mentors', sessionsList: 'Sessions', flashEventsList: 'FlashEvents', flashParticipantsList: 'FlashParticipants', signupSheetsList: 'SignupSheets', signupClaimsList: 'SignupClaims', searchesList: 'TopicSearches', pilotsList: 'Pilots', storiesList: 'SuccessStories', programManagers: ['sofia.lindqvist@contoso.example'] });
  });

  it("takes a tenant's site and managers from the build, and lists no demo manager there", () => {
    const config = readProgramConfig({ MICROMENTOR_PROGRAM_SITE_ID: ' contoso.sharepoint.com,a,b ', MICROMENTOR_PROGRAM_MANAGERS: 'Ana@Contoso.com; ben@contoso.com,' });
    expect(config).toMatchObject({ siteId: 'contoso.sharepoint.com,a,b', programManagers: ['ana@contoso.com', 'ben@contoso.com'] });
    expect(readProgramConfig({ MICROMENTOR_PROGRAM_SITE_ID: 'contoso.sharepoint.com,a,b' }).programManagers).toEqual([]);
  });
});
