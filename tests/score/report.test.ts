import { describe, expect, it } from 'vitest';
import { buildReport, gradeFor } from '../../src/score/report.js';
import { summariseHelpCenter } from '../../src/judge/helpCenter.js';
import type { ExchangeEvidence, ProbeStats } from '../../src/score/evidence.js';
import { CRITERION_IDS } from '../../src/types/report.js';
import { facts } from '../helpers/observations.js';

const NOW = new Date('2026-11-25T06:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function stats(over: Partial<ProbeStats> = {}): ProbeStats {
  return {
    observations: 20, ok: 20, failed: 0, skipped: 0, errorsByCode: {},
    ttfbP50Ms: 120, ttfbP95Ms: 300, totalP50Ms: 150, totalP95Ms: 400, httpsShare: 1,
    firstAt: daysAgo(1), lastAt: daysAgo(0), ...over,
  };
}

const richPage = facts({
  locales: ['en-us', 'zh-cn', 'zh-tw', 'ru', 'fa', 'ko', 'ja', 'es', 'tr'],
  chatProviders: ['zendesk'],
  contacts: { emails: ['support@acme.example'], phones: ['+1 555 0100'], social: { telegram: ['https://t.me/acme'], x: ['https://x.com/acme'], discord: ['https://discord.gg/acme'] }, ticketForm: true },
  hasSearch: true,
  topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api', 'anti-phishing', 'tutorial', 'risk-warning'],
  articleDates: [daysAgo(2), daysAgo(20), daysAgo(60)],
  articleLinkCount: 80,
  statusPageLinks: ['https://status.acme.example'],
  announcementLinks: ['https://help.acme.example/hc/en-us/sections/1-Announcements'],
});
const poorPage = facts({ locales: [], lang: 'en', topics: ['account'], articleDates: [daysAgo(900)], articleLinkCount: 3 });

function evidence(id: string, s: ProbeStats | null, pages = [richPage]): ExchangeEvidence {
  return { id, name: id.toUpperCase(), claimedLanguages: [], helpCenter: s ? { stats: s, findings: pages.length ? summariseHelpCenter(pages) : null, crawledAt: daysAgo(0) } : null };
}

describe('buildReport', () => {
  it('does not credit HTTPS to a help center that never answered', () => {
    const rep = buildReport({
      evidence: [evidence('gone', stats({ ok: 0, failed: 3, observations: 3, ttfbP50Ms: null, ttfbP95Ms: null, totalP50Ms: null, totalP95Ms: null, errorsByCode: { dns_error: 3 } }), [])],
      weights: {}, generatedAt: NOW, since: null, until: null, runs: 1,
    });
    const x = rep.exchanges[0]!;
    expect(x.criteria.security.score).toBeNull();
    expect(x.criteria.security.reasons.join(' ')).toMatch(/HTTPS not checked: no help-center probe got an answer/);
    expect(x.criteria.availability.score).toBe(0);
    expect(x.overall).toBe(0);
  });

  it('counts HTTPS as 0 when the certificate failed, even if nothing else answered', () => {
    const rep = buildReport({
      evidence: [evidence('badtls', stats({ ok: 0, failed: 2, observations: 2, ttfbP50Ms: null, ttfbP95Ms: null, totalP50Ms: null, totalP95Ms: null, errorsByCode: { tls_error: 2 } }), [])],
      weights: {}, generatedAt: NOW, since: null, until: null, runs: 1,
    });
    expect(rep.exchanges[0]!.criteria.security.score).toBe(0);
  });

  it('counts HTTPS once the server answered, even with errors only', () => {
    const rep = buildReport({
      evidence: [evidence('down', stats({ ok: 0, failed: 2, observations: 2, ttfbP50Ms: null, ttfbP95Ms: null, totalP50Ms: null, totalP95Ms: null, errorsByCode: { http_5xx: 2 } }), [])],
      weights: {}, generatedAt: NOW, since: null, until: null, runs: 1,
    });
    expect(rep.exchanges[0]!.criteria.security.score).toBe(10);
  });

  it('scores a strong and a weak help center far apart, with reasons', () => {
    const rep = buildReport({
      evidence: [
        evidence('weak', stats({ ok: 12, failed: 8, observations: 20, ttfbP50Ms: 1900, ttfbP95Ms: 6000, errorsByCode: { http_5xx: 5, timeout: 3 }, httpsShare: 0 }), [poorPage]),
        evidence('strong', stats()),
      ],
      weights: {}, generatedAt: NOW, since: null, until: null, runs: 1,
    });
    const [first, second] = rep.exchanges;
    expect(first!.id).toBe('strong');
    expect(first!.rank).toBe(1);
    expect(second!.rank).toBe(2);
    expect(first!.overall!).toBeGreaterThan(80);
    expect(second!.overall!).toBeLessThan(40);
    expect(second!.criteria.availability.reasons[0]).toBe('12 of 20 help-center probes succeeded (60 %)');
    expect(second!.criteria.availability.reasons[1]).toBe('failures: 5 × http_5xx, 3 × timeout');
    expect(second!.criteria.responsiveness.reasons[0]).toMatch(/p50 TTFB 1\.9 s, p95 6 s across 12 successful probes/);
    expect(second!.criteria.self_service.reasons[0]).toMatch(/covers 1 of 8 core topics \(missing: security, deposit/);
    expect(second!.errors).toEqual({ http_5xx: 5, timeout: 3 });
    expect(first!.channels.helpCenter).toEqual({ observations: 20, ok: 20, availability: 1, latencyP50Ms: 120, latencyP95Ms: 300 });
  });

  it('null is never 0: unmeasured criteria lower coverage, not the score', () => {
    const rep = buildReport({ evidence: [evidence('a', stats())], weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 });
    const x = rep.exchanges[0]!;
    for (const id of ['resolution', 'knowledge', 'feedback'] as const) {
      expect(x.criteria[id].score).toBeNull();
      expect(x.criteria[id].reasons[0]).toMatch(/^not measured/);
    }
    expect(x.coverage).toBe(0.7);
    const measured = CRITERION_IDS.filter((id) => x.criteria[id].score !== null);
    const mean = measured.reduce((s, id) => s + x.criteria[id].score!, 0) / measured.length;
    expect(x.overall).toBeCloseTo(mean * 10, 0);
  });

  it('an exchange with no data has overall null, grade null, rank null, and comes last', () => {
    const rep = buildReport({ evidence: [evidence('none', null), evidence('some', stats())], weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 });
    expect(rep.exchanges.map((x) => [x.id, x.rank, x.overall, x.grade, x.coverage])).toEqual([
      ['some', 1, expect.any(Number), expect.any(String), 0.7],
      ['none', null, null, null, 0],
    ]);
  });

  it('one good measurement never outranks broad, decent measurements', () => {
    // "narrow": only availability measured (everything else has zero weight in its evidence), perfect.
    const narrow = buildReport({ evidence: [{ id: 'narrow', name: 'N', claimedLanguages: [], helpCenter: { stats: stats({ ttfbP50Ms: null, ttfbP95Ms: null }), findings: null, crawledAt: null } }], weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 }).exchanges[0]!;
    expect(narrow.coverage).toBeLessThanOrEqual(0.3);
    const rep = buildReport({
      evidence: [
        { id: 'narrow', name: 'N', claimedLanguages: [], helpCenter: { stats: stats({ ttfbP50Ms: null, ttfbP95Ms: null }), findings: null, crawledAt: null } },
        evidence('broad', stats({ ttfbP50Ms: 900, ttfbP95Ms: 2500, ok: 18, failed: 2 }), [poorPage, facts({ topics: ['security', 'deposit', 'withdrawal'], locales: ['en-us', 'ru'] })]),
      ],
      weights: {}, generatedAt: NOW, since: null, until: null, runs: 1,
    });
    expect(rep.exchanges[0]!.id).toBe('broad');
  });

  it('weights change the overall and are reported', () => {
    const ev = [evidence('a', stats({ ttfbP50Ms: 3000, ttfbP95Ms: 9000 }))];
    const plain = buildReport({ evidence: ev, weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 });
    const heavy = buildReport({ evidence: ev, weights: { responsiveness: 5 }, generatedAt: NOW, since: null, until: null, runs: 1 });
    expect(heavy.exchanges[0]!.overall!).toBeLessThan(plain.exchanges[0]!.overall!);
    expect(heavy.criteria.find((c) => c.id === 'responsiveness')!.weight).toBe(5);
    const zero = buildReport({ evidence: ev, weights: { responsiveness: 0 }, generatedAt: NOW, since: null, until: null, runs: 1 });
    expect(zero.exchanges[0]!.overall!).toBeGreaterThan(plain.exchanges[0]!.overall!);
  });

  it('claimed languages that are not offered are called out', () => {
    const e = evidence('a', stats(), [facts({ locales: ['en-us'], lang: 'en' })]);
    e.claimedLanguages = ['en', 'ko'];
    const rep = buildReport({ evidence: [e], weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 });
    expect(rep.exchanges[0]!.criteria.multilingual.reasons).toContain('claims ko but no such locale was found');
  });

  it('grades by band', () => {
    expect([90, 85, 84.9, 70, 55, 40, 39.9, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'F', 'F']);
    expect(gradeFor(null)).toBeNull();
  });

  it('robots-skipped pages do not count against availability', () => {
    const rep = buildReport({ evidence: [evidence('a', stats({ observations: 25, ok: 20, skipped: 5, errorsByCode: { robots_disallowed: 5 } }))], weights: {}, generatedAt: NOW, since: null, until: null, runs: 1 });
    expect(rep.exchanges[0]!.criteria.availability.score).toBe(10);
    expect(rep.exchanges[0]!.criteria.availability.reasons.join(' ')).toMatch(/5 pages not fetched/);
  });
});
