// "My offer": the viewer's own Mentors list item, saved with If-Match and merged field by field
// with a concurrent edit (the program manager's in Microsoft Lists); working hours from Outlook.
import { DEFAULT_OFFER } from '../../domain/mentor-offer';
import { TOPIC_VOCABULARY } from '../../domain/topics';
import type { MentorOfferPort } from '../../ui/common/tab-ports';
import { getAvailability } from '../../graph/availability';
import { readMentorOffer, saveMentorOffer, type StoredMentorOffer } from '../../graph/mentor-offer-store';
import type { TabDeps } from './tab-deps';

const TOPICS = TOPIC_VOCABULARY.map((t) => t.label);

export function createMentorOfferPort(deps: TabDeps, initial: StoredMentorOffer | undefined): MentorOfferPort {
  // The item id stays with the viewer; the screens pass only the offer and its version.
  let itemId = initial?.itemId;
  const who = { userId: deps.viewer.id, upn: deps.viewer.email, displayName: deps.viewer.displayName };

  return {
    async read() {
      const stored = await readMentorOffer(deps.graph, deps.mentors, deps.viewer.id);
      if (!stored) return undefined;
      itemId = stored.itemId;
      return { offer: stored.offer, version: stored.version };
    },
    async save(base, next) {
      if (base && !itemId) itemId = (await readMentorOffer(deps.graph, deps.mentors, deps.viewer.id))?.itemId;
      const current = base && itemId ? { itemId, offer: base.offer, version: base.version } : undefined;
      const outcome = await saveMentorOffer(deps.graph, deps.mentors, who, current, next, DEFAULT_OFFER);
      if (outcome.kind === 'conflict') {
        itemId = outcome.theirs.itemId;
        return { kind: 'conflict', fields: outcome.fields, theirs: { offer: outcome.theirs.offer, version: outcome.theirs.version } };
      }
      itemId = outcome.stored.itemId;
      if (next.active) deps.viewer.isMentor = true;
      return { kind: 'saved', stored: { offer: outcome.stored.offer, version: outcome.stored.version } };
    },
    async workingHours() {
      const now = deps.now();
      const readings = await getAvailability(deps.graph, { emails: [deps.viewer.email], start: now, end: now + 86_400_000 }, deps.wait);
      return readings.get(deps.viewer.email.toLowerCase())?.workingHours;
    },
    topics: () => TOPICS,
  };
}
