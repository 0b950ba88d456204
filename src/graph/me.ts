// Who is signed in: the profile every surface reads once sign-in has given it a token.
import type { User } from '@microsoft/microsoft-graph-types';
import { toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';

/** The fields a surface shows or keys on; User.Read covers them. */
export type Me = Pick<User, 'id' | 'displayName' | 'mail' | 'userPrincipalName' | 'department'>;

export async function readMe(graph: GraphConnection): Promise<Me> {
  try {
    return (await graph.client.api('/me').select('id,displayName,mail,userPrincipalName,department').get()) as Me;
  } catch (error) {
    throw toGatewayError(error, 'reading who you are');
  }
}
