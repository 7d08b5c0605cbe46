/**
 * Who we say we are. The User-Agent names the tool, its version, where to read about it and
 * what it does, so that a site operator who sees it in a log knows what it is; robots.txt
 * rules are matched against the product token `supportscope`.
 */
import { toolVersion } from '../../version.js';

/** The token robots.txt groups are matched against (`User-agent: supportscope`). */
export const ROBOTS_TOKEN = 'supportscope';
export const PROJECT_URL = 'https://github.com/supportscope/supportscope';

/** `supportscope/<version> (+https://github.com/supportscope/supportscope; support-quality monitor)` */
export function defaultUserAgent(version: string = toolVersion()): string {
  return `${ROBOTS_TOKEN}/${version} (+${PROJECT_URL}; support-quality monitor)`;
}

/**
 * The User-Agent to send: the configured one when given (control characters removed, so it
 * is always a valid header value), else the default.
 */
export function resolveUserAgent(configured: string | undefined | null): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = (configured ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return cleaned === '' ? defaultUserAgent() : cleaned;
}
