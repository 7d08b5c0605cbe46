import type { SocialNetwork } from '../../types/facts.js';
import { type Criterion, notMeasured } from '../criterion.js';

/** The social networks the seed articles name as support channels. */
export const SEED_SOCIAL: readonly SocialNetwork[] = ['telegram', 'x', 'discord', 'facebook', 'instagram'];

/**
 * Points per channel type (sum 10). Live chat weighs most: the seeds' first channel,
 * the one users reach for at 3 a.m.
 */
export const CHANNEL_POINTS = {
  helpCenter: 1.5,
  liveChat: 2.5,
  ticket: 2,
  email: 1.5,
  phone: 1,
  /** 0.3 per seed social network, up to 1.5. */
  social: 1.5,
} as const;

export const channels: Criterion = {
  id: 'channels',
  name: 'Channels',
  description: 'Many working ways to reach support: live chat, tickets, email, phone, help center and official social channels.',
  seeds: ['000', '001', '002', '004'],
  evaluate(e) {
    const hc = e.helpCenter;
    if (!hc || (hc.stats.ok === 0 && !hc.findings)) return notMeasured('not measured: the help center could not be fetched, so no channel was found');
    const f = hc.findings;
    const found: string[] = [];
    const missing: string[] = [];
    let points = 0;
    const add = (ok: boolean, pts: number, label: string, missingLabel = label) => {
      if (ok) {
        points += pts;
        found.push(label);
      } else missing.push(missingLabel);
    };
    add(hc.stats.ok > 0, CHANNEL_POINTS.helpCenter, 'help center (reachable)', 'help center');
    add((f?.chatProviders.length ?? 0) > 0, CHANNEL_POINTS.liveChat, `live chat (${f?.chatProviders.join(', ')})`, 'live chat');
    add(Boolean(f?.ticketForm), CHANNEL_POINTS.ticket, 'ticket form', 'ticket form');
    add((f?.emails.length ?? 0) > 0, CHANNEL_POINTS.email, `email (${f?.emails.slice(0, 2).join(', ')})`, 'email');
    add((f?.phones.length ?? 0) > 0, CHANNEL_POINTS.phone, 'phone', 'phone');
    const social = SEED_SOCIAL.filter((n) => (f?.social[n]?.length ?? 0) > 0);
    const otherSocial = Object.keys(f?.social ?? {}).filter((n) => !SEED_SOCIAL.includes(n as SocialNetwork));
    points += Math.min(CHANNEL_POINTS.social, social.length * 0.3);
    if (social.length > 0) found.push(`social: ${social.join(', ')}`);
    const socialMissing = SEED_SOCIAL.filter((n) => !social.includes(n));
    if (socialMissing.length > 0) missing.push(`social: ${socialMissing.join(', ')}`);
    const reasons = [`found ${found.join('; ')}`];
    if (otherSocial.length > 0) reasons.push(`also links ${otherSocial.sort().join(', ')}`);
    if (missing.length > 0) reasons.push(`not found: ${missing.join('; ')}`);
    reasons.push('channels found as links and widgets on the help center; replies over them are not probed yet');
    return {
      score: Math.round(Math.min(10, points) * 10) / 10,
      reasons,
      metrics: {
        liveChat: (f?.chatProviders.length ?? 0) > 0,
        ticketForm: Boolean(f?.ticketForm),
        emails: f?.emails.length ?? 0,
        phones: f?.phones.length ?? 0,
        socialNetworks: social.length + otherSocial.length,
      },
    };
  },
};
