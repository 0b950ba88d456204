// The bracketed parts of a coached rewrite that coaching could not work out from the request
// ("[feedback or advice]"). A request still holding one would reach the mentor half-written, so
// validation refuses it until the mentee puts their own words there.

export const TIME_BOX_PLACEHOLDER = '[30, 45 or 60]';
export const HELP_KIND_PLACEHOLDER = '[feedback or advice]';
export const OBJECT_PLACEHOLDER = '[the concrete thing, e.g. my slides]';
export const SITUATION_PLACEHOLDER = '[the situation it is for, e.g. the board review]';

/** "[the negotiation draft, plan or question]": the object placeholder when the topic is known. */
export function topicObjectPlaceholder(topic: string): string {
  return `[the ${topic} draft, plan or question]`;
}

const FIXED = [TIME_BOX_PLACEHOLDER, HELP_KIND_PLACEHOLDER, OBJECT_PLACEHOLDER, SITUATION_PLACEHOLDER];
const TOPIC_OBJECT = /\[the [^\][]{1,120} draft, plan or question\]/;

/** The first rewrite placeholder still in the text, if any. */
export function findRewritePlaceholder(text: string): string | undefined {
  let first: { at: number; text: string } | undefined;
  for (const placeholder of FIXED) {
    const at = text.indexOf(placeholder);
    if (at >= 0 && (!first || at < first.at)) first = { at, text: placeholder };
  }
  const topic = TOPIC_OBJECT.exec(text);
  if (topic && (!first || topic.index < first.at)) first = { at: topic.index, text: topic[0] };
  return first?.text;
}
