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
