/**
 * The report's criteria (names, weights, why they matter) in CRITERIA.md order, with a plain
 * fallback for any id the report's list lacks, so a renderer always shows all ten.
 */
import { CRITERION_IDS, type CriterionInfo, type Report } from '../types/report.js';

export function criteriaInOrder(report: Report): CriterionInfo[] {
  const known = new Map(report.criteria.map((c) => [c.id, c]));
  return CRITERION_IDS.map((id) => known.get(id) ?? { id, name: id, description: '', weight: 1 });
}
