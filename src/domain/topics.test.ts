import { EXACT_FIT, GOAL_SYNONYM_FIT, OVERLAP_FIT_MAX, SYNONYM_FIT, mentionedTopics, normalizeTopic, resolveTopic, topicFit, TOPIC_VOCABULARY } from './topics';

describe('normalizeTopic', () => {
  it('ignores case, accents, punctuation and plurals', () => {
    expect(normalizeTopic('Résumé Reviews!')).toBe('resume review');
    expect(normalizeTopic('  Public-Speaking ')).toBe('public speaking');
    expect(normalizeTopic('Dashboards & Charts')).toBe('dashboard and chart');
    expect(normalizeTopic('Business cases')).toBe('business case');
    expect(normalizeTopic('Speeches, stories, processes')).toBe('speech story process');
  });

  it('keeps words whose singular ends in s', () => {
    expect(normalizeTopic('analytics for business')).toBe('analytics for business');
    expect(normalizeTopic('status analysis')).toBe('status analysis');
  });

  it('has no empty phrases or duplicate labels in the vocabulary', () => {
    const labels = TOPIC_VOCABULARY.map((t) => normalizeTopic(t.label));
    expect(new Set(labels).size).toBe(labels.length);
    for (const entry of TOPIC_VOCABULARY) for (const s of entry.synonyms) expect(normalizeTopic(s)).not.toBe('');
  });
});

describe('resolveTopic and mentionedTopics', () => {
  it('maps synonyms to vocabulary topics, spacing and hyphens aside', () => {
    expect(resolveTopic('CV')).toEqual(['resume review']);
    expect(resolveTopic('data-viz')).toEqual(['data visualization']);
    expect(resolveTopic('DataViz')).toEqual(['data visualization']);
    expect(resolveTopic('Kick-off')).toEqual(['project kickoff']);
    expect(resolveTopic('presenting')).toEqual(['public speaking', 'presentation coaching']);
    expect(resolveTopic('underwater basket weaving')).toEqual([]);
  });

  it('reads a question in a mentee\'s words as finance and presentation topics', () => {
    const topics = mentionedTopics('How do I present a budget to the board?');
    expect(topics).toEqual(expect.arrayContaining(['presentation coaching', 'business case']));
    expect(topicFit('', 'How do I present a budget to the board?', ['business case']).kind).not.toBe('none');
    expect(topicFit('', 'How do I present a budget to the board?', ['negotiation']).kind).toBe('none');
  });

  it('finds topics named anywhere in a sentence', () => {
    expect(mentionedTopics('Could I get your feedback on my slides for the board review?')).toEqual(['presentation coaching']);
    expect(mentionedTopics('A difficult conversation about my CV')).toEqual(['stakeholder conversations', 'resume review']);
  });
});

describe('topicFit', () => {
  it('is exact for the same topic in other spelling', () => {
    expect(topicFit('Presentation coaching', '', ['Negotiation', 'presentation-coaching'])).toEqual({ kind: 'exact', score: EXACT_FIT, mentorTopic: 'presentation-coaching' });
    expect(topicFit('resume reviews', '', ['Résumé review']).kind).toBe('exact');
    expect(topicFit('CV', '', ['cv']).kind).toBe('exact');
  });

  it('is a synonym when both name the same vocabulary topic', () => {
    expect(topicFit('CV', '', ['Resume review'])).toEqual({ kind: 'synonym', score: SYNONYM_FIT, mentorTopic: 'Resume review', vocabularyTopic: 'resume review', source: 'topic' });
    expect(topicFit('slides', '', ['Presentation coaching']).kind).toBe('synonym');
    expect(topicFit('dashboards', '', ['Data visualization']).vocabularyTopic).toBe('data visualization');
    expect(topicFit('presenting', '', ['Public speaking']).kind).toBe('synonym');
    // The mentor may use a synonym too.
    expect(topicFit('public speaking', '', ['Keynotes']).kind).toBe('synonym');
    // A synonym inside a longer request topic still counts.
    expect(topicFit('a difficult conversation with my VP', '', ['Stakeholder conversations']).score).toBe(SYNONYM_FIT);
  });

  it('takes a weaker synonym from the goal text alone', () => {
    const fit = topicFit('board review prep', 'Could I get your feedback on my slides for the board review?', ['Presentation coaching']);
    expect(fit).toEqual({ kind: 'synonym', score: GOAL_SYNONYM_FIT, mentorTopic: 'Presentation coaching', vocabularyTopic: 'presentation coaching', source: 'goal' });
  });

  it('scores shared words as overlap, at most 0.5', () => {
    const fit = topicFit('storytelling with numbers', '', ['Storytelling for leaders']);
    expect(fit.kind).toBe('overlap');
    expect(fit.sharedWords).toEqual(['storytelling']);
    expect(fit.score).toBeCloseTo(OVERLAP_FIT_MAX / 3, 10);
    expect(topicFit('growth', '', ['Growth']).score).toBe(EXACT_FIT);
  });

  it('counts goal-only words half and generic words half again', () => {
    expect(topicFit('onboarding', 'help onboarding new hires', ['Onboarding new hires']).score).toBeCloseTo(0.375, 10);
    const generic = topicFit('code review', '', ['Design review']);
    const specific = topicFit('design feedback', '', ['Design review']);
    expect(generic.kind).toBe('overlap');
    expect(generic.score).toBeLessThan(specific.score);
  });

  it('is none when nothing is shared', () => {
    expect(topicFit('negotiation', 'a raise', ['Code review', 'Tableau'])).toEqual({ kind: 'none', score: 0 });
    expect(topicFit('negotiation', '', [])).toEqual({ kind: 'none', score: 0 });
    expect(topicFit('', '', ['Negotiation'])).toEqual({ kind: 'none', score: 0 });
  });

  it('takes the best of the mentor topics, the first among equals', () => {
    expect(topicFit('CV', '', ['Resume review', 'CV']).kind).toBe('exact');
    expect(topicFit('keynote', '', ['Public speaking', 'Presentation coaching']).mentorTopic).toBe('Public speaking');
  });
});
