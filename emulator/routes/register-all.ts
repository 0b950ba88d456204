import type { Router } from '../router';
import { register as calendar } from './calendar';
import { register as groups } from './groups';
import { register as mail } from './mail';
import { register as mailboxSettings } from './mailbox-settings';
import { register as meetingsChats } from './meetings-chats';
import { register as people } from './people';
import { register as schedule } from './schedule';
import { register as sitesLists } from './sites-lists';
import { register as teamsChannels } from './teams-channels';

export function registerAllRoutes(router: Router): void {
  people(router);
  groups(router);
  schedule(router);
  calendar(router);
  meetingsChats(router);
  sitesLists(router);
  mail(router);
  mailboxSettings(router);
  teamsChannels(router);
}
