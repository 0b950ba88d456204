// The SuccessStories list: one item per session whose story a program manager drafted or published
// (SessionKey unique, so two managers publishing at once make one story). Its columns are the app's
// schema. Empty at first: the demo seeds consented sessions, and a program manager publishes their stories.
export const SUCCESS_STORIES_LIST_ID = 'd5f2a3b4-6c7d-4e8f-9a01-2b3c4d5e6f70';
