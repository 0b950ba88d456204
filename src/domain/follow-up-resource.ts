// The follow-up resource a mentor may give at the end of a session ("Optionally, the mentor can
// provide a brief follow-up resource"). It is opened from the summary in chat, cards and mail, so
// it is checked where it is entered against the one link rule: https only.
import { linkProblem, safeHttpsUrl } from './links';
import { characterCount, normalizeLine } from './precise-request';

export interface FollowUpResource {
  title: string;
  /** An https URL as safeHttpsUrl serialises it. */
  url: string;
}

export type ResourceErrorCode = 'url-required' | 'url-refused' | 'title-too-long';

export interface ResourceError {
  code: ResourceErrorCode;
  field: keyof FollowUpResource;
  message: string;
}

export type ResourceValidation = { ok: true; resource: FollowUpResource } | { ok: false; errors: ResourceError[] };

export const RESOURCE_TITLE_MAX = 200;

/** Checks what a mentor typed; without a title the link itself is the title. */
export function validateFollowUpResource(draft: unknown): ResourceValidation {
  const d = typeof draft === 'object' && draft !== null ? (draft as { title?: unknown; url?: unknown }) : {};
  const errors: ResourceError[] = [];
  const url = typeof d.url === 'string' ? d.url.trim() : '';
  const title = typeof d.title === 'string' ? normalizeLine(d.title) : '';

  const href = safeHttpsUrl(url);
  if (!url) {
    errors.push({ code: 'url-required', field: 'url', message: 'Paste the link to the resource, starting with https://.' });
  } else if (href === undefined) {
    errors.push({ code: 'url-refused', field: 'url', message: linkProblem(url)?.message ?? 'Enter a full link that starts with https://.' });
  }
  const titleLength = characterCount(title);
  if (titleLength > RESOURCE_TITLE_MAX) {
    errors.push({
      code: 'title-too-long',
      field: 'title',
      message: `The title is ${titleLength} characters; name the resource in at most ${RESOURCE_TITLE_MAX}.`,
    });
  }
  if (errors.length > 0 || href === undefined) return { ok: false, errors };
  return { ok: true, resource: { title: title || href, url: href } };
}
