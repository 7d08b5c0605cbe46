/**
 * `questions`: the question bank as a library, without loading the grader (the listing
 * needs neither language detection nor Chinese conversion).
 */
import { loadBank } from '../knowledge/bank.js';
import { BANK_LANGUAGES, type BankLanguage, type ConceptDef, type QuestionId } from '../types/knowledge.js';

/** One bank question as `questions --json` lists it. */
export interface QuestionSummary {
  id: QuestionId;
  title: string;
  topic: string;
  criteria: string[];
  complaint: boolean;
  languages: Partial<Record<BankLanguage, { question: string; query: string }>>;
  concepts: ConceptDef[];
}

/** The question bank: ids, titles, topics, the question and search query in every language, the concepts. */
export function listQuestions(): QuestionSummary[] {
  return loadBank().map((q) => {
    const languages: Partial<Record<BankLanguage, { question: string; query: string }>> = {};
    for (const l of BANK_LANGUAGES) {
      const r = q.languages[l];
      if (r) languages[l] = { question: r.question, query: r.query };
    }
    return {
      id: q.id,
      title: q.title,
      topic: q.topic,
      criteria: [...q.criteria],
      complaint: Boolean(q.complaint),
      languages,
      concepts: q.concepts.map((c) => ({ id: c.id, label: c.label, weight: c.weight })),
    };
  });
}
