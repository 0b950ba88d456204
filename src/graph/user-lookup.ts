// Directory data for many people at once: 20 lookups a $batch, the batches run together (user
// reads are not Outlook-limited). People who left the organisation are simply absent.
import type { User } from '@microsoft/microsoft-graph-types';
import { batchAnswerError, toGatewayError, type BatchAnswer } from './gateway-error';
import type { GraphConnection } from './graph-client';

const USER_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation';
const PER_BATCH = 20;

export async function lookUpUsers(graph: GraphConnection, ids: readonly string[]): Promise<Map<string, User>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += PER_BATCH) chunks.push(unique.slice(i, i + PER_BATCH));
  const found = new Map<string, User>();
  await Promise.all(
    chunks.map(async (chunk) => {
      let batch: { responses: BatchAnswer[] };
      try {
        batch = (await graph.client.api('/$batch').post({
          requests: chunk.map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${encodeURIComponent(id)}?$select=${USER_FIELDS}` })),
        })) as typeof batch;
      } catch (error) {
        throw toGatewayError(error, "reading people's profiles");
      }
      for (const r of batch.responses) {
        if (r.status === 200 && r.body) {
          const user = r.body as User;
          if (user.id) found.set(user.id, user);
        } else if (r.status !== 404) {
          throw batchAnswerError(r, "reading people's profiles");
        }
      }
    }),
  );
  return found;
}
