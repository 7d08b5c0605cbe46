/**
 * Criteria whose channels do not exist yet. They always come out `null`
 * (not measured), which lowers coverage, never the score.
 */
import { type Criterion, notMeasured } from '../criterion.js';

export const resolution: Criterion = {
  id: 'resolution',
  name: 'Resolution',
  description: 'Solved at first contact, in few rounds: whether the first substantive reply answers the question.',
  seeds: ['000', '002'],
  evaluate: () => notMeasured('not measured: needs replies from email, ticket or chat probes'),
};

export const knowledge: Criterion = {
  id: 'knowledge',
  name: 'Knowledge',
  description: 'Accurate, complete, specific answers to the question bank (basics, trading, fees, security, regulation).',
  seeds: ['000', '002', '003', '004'],
  evaluate: () => notMeasured('not measured: needs graded answers (help-center search or conversation probes)'),
};

export const feedback: Criterion = {
  id: 'feedback',
  name: 'Feedback',
  description: 'Listens to users and handles complaints: acknowledgement, timeline, case number, follow-up.',
  seeds: ['000', '001', '002', '003'],
  evaluate: () => notMeasured('not measured: needs the complaint scenario over a conversation channel'),
};
