// People of a small flash-mentoring event for tests: mentors and mentees with topics from four, all registered.
import type { FlashParticipant } from './flash-participants';

export const FLASH_TOPICS = ['public speaking', 'negotiation', 'career pivot', 'data visualization'];

function person(role: 'mentor' | 'mentee', n: number, topics: string[]): FlashParticipant {
  return { userId: `${role}-${String(n).padStart(2, '0')}`, name: `${role} ${n}`, email: `${role}${n}@contoso.example`, role, status: 'registered', topics, zone: 'UTC' };
}
export function flashPeople(mentees = 12, mentors = 4): FlashParticipant[] {
  return [
    ...Array.from({ length: mentors }, (_, i) => person('mentor', i + 1, [FLASH_TOPICS[i % 4]!, FLASH_TOPICS[(i + 1) % 4]!])),
    ...Array.from({ length: mentees }, (_, i) => person('mentee', i + 1, [FLASH_TOPICS[i % 4]!, FLASH_TOPICS[(i + 2) % 4]!])),
  ];
}
