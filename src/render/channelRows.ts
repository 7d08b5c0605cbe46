/**
 * An exchange's per-channel summary as labelled figures, in one order, for every renderer
 * that shows it in words (Markdown, HTML). `figures: null` = the channel was not measured.
 */
import type { ExchangeReport } from '../types/report.js';
import { fmtAvailability, fmtMs, fmtScore, fmtSeconds } from './format.js';

export const CHANNEL_KEYS = ['helpCenter', 'search', 'email', 'ticket', 'chat'] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];

export const CHANNEL_LABELS: Record<ChannelKey, string> = {
  helpCenter: 'Help center',
  search: 'Help-center search',
  email: 'Email',
  ticket: 'Ticket',
  chat: 'Live chat',
};

export interface ChannelRow {
  key: ChannelKey;
  label: string;
  /** [what, value] pairs, or null when the channel was not measured. */
  figures: Array<[string, string]> | null;
}

export function channelRows(x: ExchangeReport): ChannelRow[] {
  const c = x.channels;
  const rows: ChannelRow[] = [];
  const hc = c.helpCenter;
  rows.push({
    key: 'helpCenter',
    label: CHANNEL_LABELS.helpCenter,
    figures: hc
      ? [
          ['probes', String(hc.observations)],
          ['ok', String(hc.ok)],
          ['availability', fmtAvailability(hc.availability)],
          ['p50 response', fmtMs(hc.latencyP50Ms)],
          ['p95 response', fmtMs(hc.latencyP95Ms)],
        ]
      : null,
  });
  // `search` arrived after the first reports: an older report may lack it (= not measured).
  const search = c.search ?? null;
  rows.push({
    key: 'search',
    label: CHANNEL_LABELS.search,
    figures: search
      ? [
          ['searches', String(search.searches)],
          ['failed', String(search.failed)],
          ['with results', String(search.withResults)],
          ['answered', String(search.answered)],
          ['mean answer grade', search.meanScore === null ? '?' : `${fmtScore(search.meanScore)} / 10`],
        ]
      : null,
  });
  for (const key of ['email', 'ticket'] as const) {
    const s = c[key];
    rows.push({
      key,
      label: CHANNEL_LABELS[key],
      figures: s
        ? [
            ['conversations', String(s.conversations)],
            ['replied', String(s.replied)],
            ['first reply p50', fmtSeconds(s.firstReplyP50Sec)],
            ['first substantive reply p50', fmtSeconds(s.firstSubstantiveReplyP50Sec)],
          ]
        : null,
    });
  }
  const chat = c.chat;
  rows.push({
    key: 'chat',
    label: CHANNEL_LABELS.chat,
    figures: chat
      ? [
          ['conversations', String(chat.conversations)],
          ['replied', String(chat.replied)],
          ['first reply p50', fmtSeconds(chat.firstReplyP50Sec)],
          ['human hand-off p50', fmtSeconds(chat.humanHandoffP50Sec)],
        ]
      : null,
  });
  return rows;
}
