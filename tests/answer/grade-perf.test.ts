/**
 * Speed of the grader's own work: a 2 KB reply in under 5 ms (median, warm). The red-flag,
 * acknowledgement and complaint detectors are separate modules with their own costs; they
 * are replaced here by stubs so that this measures text preparation, language detection,
 * rubric matching, specificity and scoring. grade-hostile.test.ts bounds the whole pipeline.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/judge/answer/redFlags.js', () => ({ detectRedFlags: () => [] }));
vi.mock('../../src/judge/answer/autoAck.js', () => ({ detectAutoAck: () => ({ autoAck: false, caseNumber: null, evidence: null }) }));
vi.mock('../../src/judge/answer/complaint.js', () => ({
  judgeComplaint: () => ({ acknowledgement: false, caseNumber: null, timeline: null, escalation: null }),
}));

const { gradeReply } = await import('../../src/judge/answer/grade.js');
const { CASES, DOMAIN } = await import('./grade-cases.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

describe('grader speed', () => {
  it.each(CASES.map((c) => [c.lang, c] as const))('a 2 KB %s reply is graded in < 5 ms', (_lang, c) => {
    let reply = c.good;
    while (reply.length < 2048) reply += `\n${c.partial}`;
    reply = reply.slice(0, 2048);
    const run = () => gradeReply({ question: c.question, reply, lang: c.lang, officialDomains: [DOMAIN] });
    for (let i = 0; i < 60; i++) run();
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    expect(median(times)).toBeLessThan(5);
  });

  it('an off-topic reply (matched against the other questions too) stays under 5 ms', () => {
    const c = CASES[0]!;
    const run = () => gradeReply({ question: c.question, reply: c.offTopic, lang: c.lang });
    for (let i = 0; i < 60; i++) run();
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    expect(median(times)).toBeLessThan(5);
  });
});
