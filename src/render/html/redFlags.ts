/**
 * The red-flag banner at the top of the page: every reply that asked for a seed phrase, a
 * key, a password or a 2FA code, asked for funds, or sent users off the official channels.
 * Loud on purpose. The evidence is quoted as text; a URL in it stays text.
 */
import type { ExchangeReport } from '../../types/report.js';
import { fmtDateTime, kindWords, plural } from '../format.js';
import { bidi, esc, txt } from './escape.js';

export interface AnchoredExchange {
  x: ExchangeReport;
  anchor: string;
}

export function redFlagItems(x: ExchangeReport, withName: boolean, anchor?: string): string {
  return x.redFlags
    .map((f) => {
      const where = [`on <strong>${txt(f.channel, 80)}</strong>`];
      if (f.question !== null) where.push(`question <span class="code">${txt(f.question, 80)}</span>`);
      where.push(`<time>${esc(fmtDateTime(f.at))}</time>`);
      const who = withName ? `<span class="flag-x">${bidi(x.name, 200)}</span>: ` : '';
      const link = withName && anchor ? ` <a class="more" href="#${anchor}">details</a>` : '';
      const quote = f.evidence ? `<blockquote class="evidence" dir="auto">${txt(f.evidence, 300)}</blockquote>` : '';
      return `<li>${who}<strong class="flag-kind">${txt(kindWords(f.kind), 80)}</strong> ${where.join(', ')}${link}${quote}</li>`;
    })
    .join('');
}

export function redFlagBanner(exchanges: AnchoredExchange[]): string {
  const flagged = exchanges.filter((e) => e.x.redFlags.length > 0);
  if (flagged.length === 0) {
    return '<section class="no-flags" aria-label="red flags"><p><strong>No red flags</strong> in this window: no reply asked for a secret or for funds, or sent users off the official channels.</p></section>';
  }
  const total = flagged.reduce((n, e) => n + e.x.redFlags.length, 0);
  return (
    '<section class="flags" id="red-flags" aria-labelledby="red-flags-h">' +
    `<h2 id="red-flags-h"><span class="flag-icon" aria-hidden="true">!</span>${plural(total, 'red flag')} at ${plural(flagged.length, 'exchange')}</h2>` +
    '<p>Support asked for a secret (seed phrase, private key, password, 2FA code), asked for funds, or pointed users to an unofficial place. ' +
    'Genuine support never asks for these: read the evidence before trusting these channels.</p>' +
    `<ul class="flag-list">${flagged.map((e) => redFlagItems(e.x, true, e.anchor)).join('')}</ul>` +
    '</section>'
  );
}
