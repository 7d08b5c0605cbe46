import { type Criterion, combine, notMeasured } from '../criterion.js';

export const feedback: Criterion = {
  id: 'feedback',
  name: 'Feedback',
  description: 'Listens to users and handles complaints: acknowledgement, timeline, case number, follow-up.',
  seeds: ['000', '001', '002', '003'],
  evaluate(e) {
    const answer = e.search?.answers.find((a) => a.question === 'account-frozen-complaint' && a.best);
    const c = e.search?.complaint ?? null;
    if (!answer || !c) return notMeasured('not measured: no complaints procedure was found through the help center search, and complaints are not probed over conversation channels yet');
    // A help-center article can promise a timeline and an escalation path; acknowledgement and a
    // case number are what a real reply gives, so they weigh less here (concept labels are English).
    const score = combine([
      { weight: 0.35, value: c.timeline ? 1 : 0 },
      { weight: 0.35, value: c.escalation ? 1 : 0 },
      { weight: 0.15, value: c.acknowledgement ? 1 : 0 },
      { weight: 0.15, value: c.caseNumber || answer.best!.grade.covered.some((label) => /case|ticket|reference/i.test(label)) ? 1 : 0 },
    ]);
    const steps = [
      c.timeline ? `a timeline ("${c.timeline}")` : null,
      c.escalation ? `an escalation path ("${c.escalation}")` : null,
      c.acknowledgement ? 'acknowledgement' : null,
    ].filter(Boolean);
    const missing = [!c.timeline && 'timeline', !c.escalation && 'escalation path'].filter(Boolean);
    return {
      score,
      reasons: [
        `complaints procedure in the help center (${answer.best!.url}): ${steps.length > 0 ? steps.join(', ') : 'no concrete step'}`,
        ...(missing.length > 0 ? [`missing: ${missing.join(', ')}`] : []),
        'partial: replies to a real complaint are not probed yet',
      ],
      metrics: { timeline: Boolean(c.timeline), escalation: Boolean(c.escalation), acknowledgement: c.acknowledgement, partial: true },
    };
  },
};
