import { ANSWERED_ERROR_CODES, type ErrorCode } from '../../types/observation.js';
import { type Criterion, combine, notMeasured, pct } from '../criterion.js';

export const security: Criterion = {
  id: 'security',
  name: 'Security',
  description: 'Support keeps users safe: HTTPS, an anti-phishing / official-channel page, security guidance; any reply asking for secrets fails it.',
  seeds: ['002', '003', '004'],
  evaluate(e) {
    const hc = e.helpCenter;
    if (!hc || hc.stats.observations === 0) return notMeasured('not measured: no help-center probe was made');
    const f = hc.findings;
    const tlsErrors = hc.stats.errorsByCode.tls_error ?? 0;
    // HTTPS counts once a server answered (any HTTP status, or a failed TLS handshake): an
    // https:// URL that never did (DNS error, refused, reset, timeout) shows nothing about its
    // transport.
    const answered = hc.stats.ok > 0 || Object.entries(hc.stats.errorsByCode).some(([code, n]) => (n ?? 0) > 0 && ANSWERED_ERROR_CODES.has(code as ErrorCode));
    const httpsShare = answered ? hc.stats.httpsShare : null;
    const httpsValue = httpsShare === null ? null : tlsErrors > 0 ? 0 : httpsShare;
    const antiPhishing = f ? f.topics.includes('anti-phishing') : null;
    const guidance = f ? f.topics.includes('security') : null;
    const flags = e.search?.redFlags ?? [];
    const measuredScore = combine([
      { weight: 0.3, value: httpsValue },
      { weight: 0.45, value: antiPhishing === null ? null : antiPhishing ? 1 : 0 },
      { weight: 0.25, value: guidance === null ? null : guidance ? 1 : 0 },
    ]);
    // Any red flag fails security outright (CRITERIA.md): a help center that asks for secrets is unsafe.
    const score = flags.length > 0 ? 0 : measuredScore;
    const reasons: string[] = flags.map(
      (f) => `RED FLAG ${f.kind}: the ${f.lang} help-center answer to ${f.question} (${f.url}) says "${f.evidence}"`,
    );
    if (!answered) reasons.push('HTTPS not checked: no help-center probe got an answer');
    if (tlsErrors > 0) reasons.push(`${tlsErrors} TLS error${tlsErrors === 1 ? '' : 's'}: the certificate did not validate`);
    if (httpsShare !== null)
      reasons.push(httpsShare === 1 ? 'help center served over HTTPS' : `only ${pct(httpsShare)} of help-center probes over HTTPS (plain http lets anyone on the path rewrite support pages)`);
    if (antiPhishing !== null)
      reasons.push(antiPhishing ? `anti-phishing / official-channel page found (${f!.topicEvidence['anti-phishing']})` : 'no anti-phishing or official-channel verification page found');
    if (guidance !== null) reasons.push(guidance ? 'security guidance (2FA, passwords) found' : 'no security guidance (2FA, passwords) found');
    if (e.search) reasons.push(flags.length === 0 ? 'no red flag in the help-center articles its search returned' : 'red flags force this score to 0');
    reasons.push('support replies (email, ticket, chat) are not checked for red flags yet');
    return {
      score,
      reasons,
      metrics: {
        httpsShare: httpsShare === null ? null : Math.round(httpsShare * 1000) / 1000,
        tlsErrors,
        antiPhishingPage: antiPhishing,
        securityGuidance: guidance,
        redFlags: flags.length,
      },
    };
  },
};
