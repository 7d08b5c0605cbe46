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
    const httpsShare = hc.stats.httpsShare;
    const httpsValue = httpsShare === null ? null : tlsErrors > 0 ? 0 : httpsShare;
    const antiPhishing = f ? f.topics.includes('anti-phishing') : null;
    const guidance = f ? f.topics.includes('security') : null;
    const score = combine([
      { weight: 0.3, value: httpsValue },
      { weight: 0.45, value: antiPhishing === null ? null : antiPhishing ? 1 : 0 },
      { weight: 0.25, value: guidance === null ? null : guidance ? 1 : 0 },
    ]);
    const reasons: string[] = [];
    if (tlsErrors > 0) reasons.push(`${tlsErrors} TLS error${tlsErrors === 1 ? '' : 's'}: the certificate did not validate`);
    if (httpsShare !== null)
      reasons.push(httpsShare === 1 ? 'help center served over HTTPS' : `only ${pct(httpsShare)} of help-center probes over HTTPS (plain http lets anyone on the path rewrite support pages)`);
    if (antiPhishing !== null)
      reasons.push(antiPhishing ? `anti-phishing / official-channel page found (${f!.topicEvidence['anti-phishing']})` : 'no anti-phishing or official-channel verification page found');
    if (guidance !== null) reasons.push(guidance ? 'security guidance (2FA, passwords) found' : 'no security guidance (2FA, passwords) found');
    reasons.push('replies not yet checked for red flags (conversation channels come later)');
    return {
      score,
      reasons,
      metrics: {
        httpsShare: httpsShare === null ? null : Math.round(httpsShare * 1000) / 1000,
        tlsErrors,
        antiPhishingPage: antiPhishing,
        securityGuidance: guidance,
        redFlags: 0,
      },
    };
  },
};
