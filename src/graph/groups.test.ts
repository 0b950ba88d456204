import type { GraphConnection } from './graph-client';
import { GROUPS_NOT_GRANTED, groupMembers, searchGroups } from './groups';

/** A Graph client whose every request is refused as Entra refuses a missing permission. */
function refusing(): GraphConnection {
  const refusal = Object.assign(new Error('Insufficient privileges to complete the operation.'), { statusCode: 403, code: 'Authorization_RequestDenied' });
  const request: Record<string, unknown> = {};
  for (const step of ['filter', 'select', 'top', 'header', 'expand']) request[step] = () => request;
  request.get = async () => {
    throw refusal;
  };
  return { client: { api: () => request } } as unknown as GraphConnection;
}

describe('groups without the optional permission', () => {
  it('say who can turn group invitations on, and that people can still be picked one by one', async () => {
    await expect(searchGroups(refusing(), 'new')).rejects.toMatchObject({ code: 'forbidden', message: GROUPS_NOT_GRANTED });
    await expect(groupMembers(refusing(), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'forbidden', message: GROUPS_NOT_GRANTED });
    expect(GROUPS_NOT_GRANTED).toMatch(/pick people one by one/);
  });
});
