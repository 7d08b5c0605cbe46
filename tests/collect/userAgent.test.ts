/**
 * What we say we are: the default User-Agent names the tool and its package.json version;
 * a configured one is sent as it is, with control characters taken out.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultUserAgent, resolveUserAgent, ROBOTS_TOKEN } from '../../src/collect/http/userAgent.js';
import { Fixtures } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('User-Agent', () => {
  it('the default is supportscope/<package.json version> (…)', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client({ userAgent: '' });
    await client.fetch(server.url('/'));
    const sent = server.requests[0]?.headers['user-agent'];
    expect(sent).toBe(defaultUserAgent());
    expect(sent).toMatch(/^supportscope\/\d+\.\d+\.\d+\S* \(.+\)$/);
    expect(sent?.startsWith(`supportscope/${version} (`)).toBe(true);
    expect(client.userAgent).toBe(sent);
    expect(ROBOTS_TOKEN).toBe('supportscope');
  });

  it('a configured User-Agent is sent as it is', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const ua = 'supportscope/0.1.0 (customer-support quality benchmark) ops@example.org';
    await fx.client({ userAgent: ua }).fetch(server.url('/'));
    expect(server.requests[0]?.headers['user-agent']).toBe(ua);
  });

  it('control characters are taken out, so no header can be injected', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client({ userAgent: 'my-bot/1.0\r\nX-Injected: yes\u0000\u007f' });
    const res = await client.fetch(server.url('/'));
    expect(res.error).toBeNull();
    const seen = server.requests[0];
    expect(seen?.headers['x-injected']).toBeUndefined();
    expect(seen?.headers['user-agent']).toBe('my-bot/1.0 X-Injected: yes');
    expect(seen?.headers['user-agent']).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('only whitespace or control characters falls back to the default', () => {
    expect(resolveUserAgent(' \t\r\n ')).toBe(defaultUserAgent());
    expect(resolveUserAgent(undefined)).toBe(defaultUserAgent());
  });

  it('sends Accept, Accept-Encoding and, when asked, Accept-Language', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    await fx.client().fetch(server.url('/'), { acceptLanguage: 'zh-CN,zh;q=0.9' });
    const headers = server.requests[0]?.headers;
    expect(headers?.['accept-language']).toBe('zh-CN,zh;q=0.9');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.accept).toMatch(/^text\/html/);
  });
});
