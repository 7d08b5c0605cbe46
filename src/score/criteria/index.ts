/** All criteria, in CRITERIA.md order. */
import type { CriterionId } from '../../types/report.js';
import type { Criterion } from '../criterion.js';
import { availability } from './availability.js';
import { channels } from './channels.js';
import { multilingual } from './multilingual.js';
import { responsiveness } from './responsiveness.js';
import { security } from './security.js';
import { self_service } from './self_service.js';
import { transparency } from './transparency.js';
import { feedback } from './feedback.js';
import { knowledge } from './knowledge.js';
import { resolution } from './unmeasured.js';

export const CRITERIA: Record<CriterionId, Criterion> = {
  availability,
  responsiveness,
  resolution,
  knowledge,
  multilingual,
  channels,
  self_service,
  security,
  transparency,
  feedback,
};
