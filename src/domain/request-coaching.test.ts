import { VAGUE_PHRASES, coachRequest } from './request-coaching';

const SEED_PRECISE = 'Could I schedule 30 minutes to get your feedback on my slides for the board review?';
const SEED_VAGUE = 'Can I pick your brain?';

describe('coachRequest on the method’s two examples', () => {
  it('flags "Can I pick your brain?" as vague and proposes the precise shape', () => {
    const coaching = coachRequest({ goal: SEED_VAGUE, topic: 'Public speaking', timeBox: 30 });
    expect(coaching.precise).toBe(false);
    expect(coaching.hints).toEqual([
      {
        code: 'vague-request',
        field: 'goal',
        phrase: 'pick your brain',
        message: '"pick your brain" does not tell your mentor what to prepare; name the one thing you want help with and what it is for.',
      },
    ]);
    expect(coaching.rewrite.text).toBe(
      'Could I schedule 30 minutes to get your [feedback or advice] on [the public speaking draft, plan or question] for [the situation it is for, e.g. the board review]?',
    );
    expect(coaching.rewrite.timeBox).toEqual({ text: '30', inferred: true });
    expect(coaching.rewrite.object.inferred).toBe(false);
  });

  it('does not flag the precise request, and its rewrite is itself', () => {
    const coaching = coachRequest({ goal: SEED_PRECISE, topic: 'Public speaking', timeBox: 30 });
    expect(coaching.hints).toEqual([]);
    expect(coaching.precise).toBe(true);
    expect(coaching.rewrite.text).toBe(SEED_PRECISE);
    expect(coaching.rewrite.object).toEqual({ text: 'my slides', inferred: true });
    expect(coaching.rewrite.situation).toEqual({ text: 'the board review', inferred: true });
  });
});

describe('coachRequest', () => {
  it.each([
    ["I'd love to chat about my career", 'chat about my career'],
    ['Can we get coffee sometime?', 'get coffee'],
    ['Any advice for someone like me?', 'any advice'],
    ['Could you help me grow as a leader?', 'help me grow'],
    ['Can we catch up next week?', 'catch up'],
    ['Could I PICK YOUR BRAIN about design?', 'pick your brain'],
    ['Could I pick your brain’s best ideas?', 'pick your brain'],
  ])('flags "%s" as vague', (goal, phrase) => {
    const hint = coachRequest({ goal }).hints.find((h) => h.code === 'vague-request');
    expect(hint?.phrase).toBe(phrase);
  });

  it('lets a vague opener pass when the request names something concrete', () => {
    expect(coachRequest({ goal: 'Could we get coffee to go through my pitch deck for Friday’s demo?' }).hints).toEqual([]);
  });

  it('keeps the vague phrases as data', () => {
    expect(VAGUE_PHRASES).toEqual(expect.arrayContaining(['pick your brain', 'catch up', 'get coffee', 'any advice', 'help me grow']));
  });

  it('flags several questions and joined asks', () => {
    const twoQuestions = coachRequest({ goal: 'How do I open my talk? How do I close my talk for the launch?' });
    expect(twoQuestions.hints.map((h) => h.code)).toEqual(['several-asks']);
    expect(twoQuestions.hints[0]?.message).toMatch(/asks 2 questions/);

    const joined = coachRequest({ goal: 'How do I structure my deck and what should I say to the CFO' });
    expect(joined.hints).toEqual([
      expect.objectContaining({ code: 'several-asks', phrase: 'and what', message: expect.stringContaining('("and what")') }),
    ]);
    expect(coachRequest({ goal: 'Review my budget as well as my hiring plan for the offsite' }).hints.map((h) => h.code)).toEqual([
      'several-asks',
    ]);
  });

  it('asks for a concrete artefact or situation', () => {
    const coaching = coachRequest({ goal: 'I want to get better at leadership', timeBox: 45, topic: 'SQL tuning' });
    expect(coaching.hints.map((h) => h.code)).toEqual(['no-concrete-object']);
    expect(coaching.rewrite.text).toBe(
      'Could I schedule 45 minutes to get your [feedback or advice] on [the SQL tuning draft, plan or question] for [the situation it is for, e.g. the board review]?',
    );
  });

  it('counts a linked document in the context as the concrete artefact', () => {
    expect(coachRequest({ goal: 'I want to get better at this', context: 'https://contoso.sharepoint.com/plan.docx' }).hints).toEqual([]);
  });

  it('does not count an http link, which the mentor will not be offered to open', () => {
    const hints = coachRequest({ goal: 'I want to get better at this', context: 'http://intranet.example/plan.docx' }).hints;
    expect(hints.map((h) => h.code)).toEqual(['no-concrete-object']);
  });

  it.each([
    'Strategies for leading my first project kickoff',
    'A review of my portfolio for a specific role',
    'Techniques for handling a difficult stakeholder conversation',
    'A 60-minute resume critique session with a hiring manager',
    'Improve my project status update for leadership',
  ])('accepts the method’s example topic "%s"', (goal) => {
    expect(coachRequest({ goal }).precise).toBe(true);
  });

  it('fills the rewrite with what it can infer, in the words of the goal', () => {
    const rewrite = coachRequest({ goal: 'Could you look at our project status update before Friday’s all-hands?', timeBox: 60 }).rewrite;
    expect(rewrite.text).toBe('Could I schedule 60 minutes to get your feedback on our project status update for Friday\'s all-hands?');
    const advice = coachRequest({ goal: 'How should I handle a difficult stakeholder conversation' }).rewrite;
    expect(advice.helpKind).toEqual({ text: 'advice', inferred: true });
    expect(advice.timeBox).toEqual({ text: '[30, 45 or 60]', inferred: false });
    expect(advice.situation.text).toBe('a difficult stakeholder conversation');
  });
});
