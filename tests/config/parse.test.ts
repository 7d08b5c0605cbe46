/**
 * Validating config text and values: every bad fixture is refused with the field and the
 * words the README promises; several mistakes are all reported at once, in document order;
 * messages are in words (never zod's); typos get "did you mean"; defaults are filled and
 * social accounts normalised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROBE_SETTINGS,
  DEFAULT_WEIGHTS,
  loadConfigFile,
  parseConfig,
  parseConfigText,
} from '../../src/config/index.js';
import { ConfigError, type ConfigIssue } from '../../src/errors.js';
import { CRITERION_IDS } from '../../src/types/report.js';
import { BAD_DIR, ENCODING_FIXTURES, GOOD_DIR, listJson, readBadTable } from './fixture-table.js';

/** Runs `fn`, expects a ConfigError, returns it. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError, but the config was accepted');
}

const issuesOf = (fn: () => unknown): ConfigIssue[] => configError(fn).issues;

/** Zod's own words, which must never reach a user. */
const JARGON =
  /invalid_type|invalid_union|invalid_format|unrecognized_keys|too_small|too_big|ZodError|Expected \w+, received|Invalid input|Invalid option|Too small|Too big|Unrecognized key|\[object Object\]/;

const MINIMAL = { exchanges: [{ id: 'acme', name: 'Acme Exchange' }] };
const withExchange = (exchange: Record<string, unknown>) => ({ exchanges: [{ id: 'acme', name: 'Acme', ...exchange }] });
const withChannels = (channels: Record<string, unknown>) => withExchange({ channels });

const table = readBadTable();
const badFiles = listJson(BAD_DIR);

describe('the bad-config fixtures', () => {
  it('are at least 16, and the README describes each of them exactly once', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(16);
    expect(table.map((r) => r.file).sort()).toEqual(badFiles);
    for (const row of table) {
      expect(row.paths.length, row.file).toBeGreaterThan(0);
      expect(row.fragment.length, row.file).toBeGreaterThan(5);
    }
  });

  describe.each(table)('$file ($mistake)', ({ file, paths, fragment }) => {
    const path = join(BAD_DIR, file);

    it('is refused with the documented path(s) and words', () => {
      const err = configError(() => loadConfigFile(path));
      expect(err.file).toBe(path);
      expect(err.exitCode).toBe(2);
      expect(err.code).toBe('E_CONFIG');
      expect(err.issues.map((i) => i.path)).toEqual(paths);
      if (paths.length === 1) {
        // One mistake per file: exactly one problem, with the documented words.
        expect(err.issues).toHaveLength(1);
        expect(err.issues[0]!.message).toContain(fragment);
      } else {
        expect(err.issues.some((i) => i.message.includes(fragment))).toBe(true);
      }
      // Printed: every problem on its own line, naming the file, then the field.
      const lines = err.message.split('\n');
      expect(lines[0]).toBe(`${path}: ${paths.length} problem${paths.length === 1 ? '' : 's'} in the config`);
      for (const issue of err.issues) expect(lines).toContain(`  ${path}: ${issue.path}: ${issue.message}`);
    });

    it('says it in words, not zod jargon', () => {
      const err = configError(() => loadConfigFile(path));
      expect(err.message).not.toMatch(JARGON);
    });

    // The encoding fixtures' mistake is in their bytes, which parseConfigText never sees.
    if (!ENCODING_FIXTURES.has(file)) {
      it('gives the same problems from parseConfigText', () => {
        const fromFile = configError(() => loadConfigFile(path)).issues;
        const fromText = issuesOf(() => parseConfigText(readFileSync(path, 'utf8'), 'text'));
        expect(fromText).toEqual(fromFile);
      });
    }
  });
});

describe('several mistakes at once', () => {
  it('reports every one, in the order the file reads', () => {
    const issues = issuesOf(() => loadConfigFile(join(BAD_DIR, 'several-mistakes.json')));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['exchanges[0].id', expect.stringContaining('got "Acme Global" (did you mean "acme-global"?)')],
      ['exchanges[0].languages[1]', expect.stringContaining('unknown language code "jp" (did you mean "ja"?)')],
      ['exchanges[0].channels.helpCentre', expect.stringContaining('unknown key "helpCentre" (did you mean "helpCenter"?)')],
      ['exchanges[0].channels.email.address', expect.stringContaining('expected an e-mail address')],
      ['exchanges[1].channels.status.url', expect.stringContaining('expected an absolute http(s) URL')],
      ['exchanges[1].channels.phone.number', expect.stringContaining('expected an international phone number')],
      ['weights.speed', expect.stringContaining('unknown criterion "speed"')],
      ['weights.security', expect.stringContaining('expected a weight: a number >= 0, got -1')],
      ['probe.timeoutMs', expect.stringContaining('expected a whole number from 100 to 300000')],
    ]);
  });

  it('orders by position in the file, not by schema order', () => {
    // Written: probe, then weights, then exchanges; in exchanges[0]: channels before id.
    const text = JSON.stringify({
      probe: { retries: 99 },
      weights: { security: -2 },
      exchanges: [{ channels: { chat: { url: 'chat.example.com' } }, name: 'A', id: 'A!' }, { id: 'b' }],
    });
    expect(issuesOf(() => parseConfigText(text, 't')).map((i) => i.path)).toEqual([
      'probe.retries',
      'weights.security',
      'exchanges[0].channels.chat.url',
      'exchanges[0].id',
      'exchanges[1].name',
    ]);
  });

  it('reports cross-field problems together with field problems', () => {
    const issues = issuesOf(() =>
      parseConfig(
        {
          exchanges: [
            { id: 'a', name: 'A', channels: { helpCenter: { url: 'nope' } } },
            { id: 'a', name: 'A again' },
          ],
          weights: Object.fromEntries(CRITERION_IDS.map((id) => [id, 0])),
        },
        'x',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['exchanges[0].channels.helpCenter.url', 'exchanges[1].id', 'weights']);
    expect(issues[1]!.message).toContain('duplicate exchange id "a"');
    expect(issues[2]!.message).toContain('at least one criterion weight above 0');
  });

  it('reports a repeated JSON key alongside schema problems', () => {
    const text = '{\n  "exchanges": [{ "id": "a", "name": "A", "name": "B", "languages": ["xx"] }]\n}\n';
    const issues = issuesOf(() => parseConfigText(text, 't'));
    expect(issues).toEqual([
      { path: 'exchanges[0].name', message: expect.stringContaining('duplicate key "name" at line 2, column 43') },
      { path: 'exchanges[0].languages[0]', message: expect.stringContaining('unknown language code "xx"') },
    ]);
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['trailing comma in a list', '{"exchanges": [\n  {"id": "a", "name": "A"},\n]}', 'exchanges', 3, 1, 'trailing comma before "]"'],
    ['a comment at the top', '// my exchanges\n{"exchanges": []}', '', 1, 1, 'comments are not allowed'],
    ['a block comment in an object', '{"exchanges": [{"id": "a", /* x */ "name": "A"}]}', 'exchanges[0]', 1, 28, 'comments are not allowed'],
    ['single quotes', "{'exchanges': []}", '', 1, 2, 'double quotes ("), not single quotes'],
    ['an unquoted key', '{"exchanges": [{id: "a"}]}', 'exchanges[0]', 1, 17, 'property names must be in double quotes'],
    ['a missing comma', '{"exchanges": [{"id": "a"\n "name": "A"}]}', 'exchanges[0]', 2, 2, 'expected "," or "}" after the value of "id"'],
    ['an unclosed object', '{"exchanges": [{"id": "a", "name": "A"}]', '', 1, 41, 'never closed (missing "}")'],
    ['an unclosed string', '{"exchanges": [{"id": "a\n, "name": "A"}]}', 'exchanges[0].id', 1, 25, 'is a closing " missing?'],
    ['a quote too few', '{"exchanges": [{"id": "a, "name": "A"}]}', 'exchanges[0]', 1, 28, 'expected "," or "}" after the value of "id", got "n"'],
    ['NaN', '{"probe": {"timeoutMs": NaN}}', 'probe.timeoutMs', 1, 25, 'NaN is not a JSON value'],
    ['a leading zero', '{"probe": {"retries": 01}}', 'probe.retries', 1, 23, 'leading zeros'],
    ['an empty file', '', '', 1, 1, 'the file is empty'],
    ['two values', '{"exchanges": []} {}', '', 1, 19, 'after the end of the JSON value'],
  ])('%s: names the field, the line and the column', (_name, text, path, line, column, words) => {
    const issues = issuesOf(() => parseConfigText(text, 'cfg.json'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(new RegExp(`^invalid JSON at line ${line}, column ${column}: `));
    expect(issues[0]!.message).toContain(words);
  });

  it('prints a top-level syntax error as (root)', () => {
    const err = configError(() => parseConfigText('{"exchanges": [],}', 'cfg.json'));
    expect(err.message).toContain('cfg.json: (root): invalid JSON at line 1, column 18: trailing comma');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseConfigText(`\ufeff${JSON.stringify(MINIMAL)}`, 't').exchanges[0]!.id).toBe('acme');
  });
});

describe('wrong values anywhere in a full config', () => {
  const full = JSON.parse(readFileSync(join(GOOD_DIR, 'full.json'), 'utf8')) as Record<string, unknown>;

  type Seg = string | number;
  const fmt = (path: Seg[]) =>
    path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  function* nodes(value: unknown, path: Seg[] = []): Generator<[Seg[], unknown]> {
    yield [path, value];
    if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* nodes(v, [...path, i]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* nodes(v, [...path, k]);
  }
  const setAt = (root: unknown, path: Seg[], v: unknown): unknown => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy as Record<string | number, unknown>;
    for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = v;
    return copy;
  };
  /** Values of the wrong type for a node holding `v`. */
  const wrongFor = (v: unknown): unknown[] => {
    if (typeof v === 'string') return [null, 42, true, [], {}];
    if (typeof v === 'number') return [null, String(v), true, [], {}];
    if (typeof v === 'boolean') return [null, 'true', 1, []];
    if (Array.isArray(v)) return [null, 'x', 7, {}];
    return [null, 'x', 7, []];
  };

  const cases: [string, Seg[], unknown][] = [];
  for (const [path, value] of nodes(full)) {
    if (path.length === 0) continue;
    for (const wrong of wrongFor(value)) cases.push([`${fmt(path)} = ${JSON.stringify(wrong)}`, path, wrong]);
  }

  it('covers many places', () => {
    expect(cases.length).toBeGreaterThan(250);
  });

  it('refuses each one at that exact path, in words', () => {
    for (const [name, path, wrong] of cases) {
      const issues = issuesOf(() => parseConfig(setAt(full, path, wrong), 'full.json'));
      expect(issues.map((i) => i.path), name).toEqual([fmt(path)]);
      expect(issues[0]!.message, name).toMatch(/^(missing; )?expected /);
      expect(issues[0]!.message, name).not.toMatch(JARGON);
    }
  });

  it('says "missing" for each required key left out', () => {
    const required: Seg[][] = [
      ['exchanges'],
      ['exchanges', 0, 'id'],
      ['exchanges', 0, 'name'],
      ['exchanges', 0, 'channels', 'helpCenter', 'url'],
      ['exchanges', 0, 'channels', 'status', 'url'],
      ['exchanges', 0, 'channels', 'email', 'address'],
      ['exchanges', 0, 'channels', 'ticket', 'url'],
      ['exchanges', 0, 'channels', 'chat', 'url'],
      ['exchanges', 0, 'channels', 'phone', 'number'],
    ];
    for (const path of required) {
      const copy = structuredClone(full) as Record<string | number, unknown>;
      let node = copy as Record<string | number, unknown>;
      for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
      delete node[path[path.length - 1]!];
      const issues = issuesOf(() => parseConfig(copy, 'full.json'));
      expect(issues, fmt(path)).toEqual([{ path: fmt(path), message: expect.stringMatching(/^missing; expected /) }]);
    }
  });

  it('keeps messages short when a value is huge', () => {
    const issues = issuesOf(() => parseConfig(withChannels({ status: { url: `ftp://${'a'.repeat(100_000)}.com/` } }), 'x'));
    expect(issues[0]!.message.length).toBeLessThan(300);
    expect(issues[0]!.message).toContain('…');
  });
});

describe('did you mean', () => {
  it.each([
    [{ ...MINIMAL, exchange: [] }, 'exchange', 'exchanges'],
    [{ ...MINIMAL, Weights: {} }, 'Weights', 'weights'],
    [{ ...MINIMAL, prob: {} }, 'prob', 'probe'],
    [withExchange({ langauges: ['en'] }), 'exchanges[0].langauges', 'languages'],
    [withExchange({ domain: ['acme.example.com'] }), 'exchanges[0].domain', 'domains'],
    [withExchange({ chanels: {} }), 'exchanges[0].chanels', 'channels'],
    [withChannels({ helpcenter: { url: 'https://h.example.com' } }), 'exchanges[0].channels.helpcenter', 'helpCenter'],
    [withChannels({ help_center: { url: 'https://h.example.com' } }), 'exchanges[0].channels.help_center', 'helpCenter'],
    [withChannels({ emial: { address: 'a@example.com' } }), 'exchanges[0].channels.emial', 'email'],
    [withChannels({ email: { adress: 'a@example.com' } }), 'exchanges[0].channels.email.adress', 'address'],
    [withChannels({ helpCenter: { url: 'https://h.example.com', serachUrl: 'x' } }), 'exchanges[0].channels.helpCenter.serachUrl', 'searchUrl'],
    [withChannels({ social: { telgram: '@acme_ex' } }), 'exchanges[0].channels.social.telgram', 'telegram'],
    [withChannels({ social: { linkdin: 'https://linkedin.com/company/a' } }), 'exchanges[0].channels.social.linkdin', 'linkedin'],
    [{ ...MINIMAL, weights: { selfService: 2 } }, 'weights.selfService', 'self_service'],
    [{ ...MINIMAL, weights: { secruity: 2 } }, 'weights.secruity', 'security'],
    [{ ...MINIMAL, probe: { concurency: 2 } }, 'probe.concurency', 'concurrency'],
    [{ ...MINIMAL, probe: { timeoutMS: 2000 } }, 'probe.timeoutMS', 'timeoutMs'],
    [{ ...MINIMAL, probe: { respectRobot: false } }, 'probe.respectRobot', 'respectRobots'],
  ])('%#: %s -> %s', (config, path, suggestion) => {
    const issues = issuesOf(() => parseConfig(config, 'x'));
    const atPath = issues.filter((i) => i.path === path);
    expect(atPath).toHaveLength(1);
    expect(atPath[0]!.message).toContain(`(did you mean "${suggestion}"?)`);
  });

  it('lists the allowed keys when nothing is close', () => {
    const [issue] = issuesOf(() => parseConfig({ ...MINIMAL, frobnicate: 1 }, 'x'));
    expect(issue).toEqual({ path: 'frobnicate', message: 'unknown key "frobnicate"; allowed here: $schema, exchanges, weights, probe, assertions' });
    const [weight] = issuesOf(() => parseConfig({ ...MINIMAL, weights: { vibes: 1 } }, 'x'));
    expect(weight!.message).toBe(`unknown criterion "vibes"; valid criteria: ${CRITERION_IDS.join(', ')}`);
  });

  it('reports each unknown key on its own line', () => {
    const issues = issuesOf(() => parseConfig(withChannels({ fax: {}, pager: {} }), 'x'));
    expect(issues.map((i) => i.path)).toEqual(['exchanges[0].channels.fax', 'exchanges[0].channels.pager']);
  });

  it('suggests a fixed id and a bare domain', () => {
    expect(issuesOf(() => parseConfig({ exchanges: [{ id: 'Crypto_Com', name: 'C' }] }, 'x'))[0]!.message).toContain(
      '(did you mean "crypto-com"?)',
    );
    expect(issuesOf(() => parseConfig(withExchange({ domains: ['https://www.acme.example.com/en'] }), 'x'))[0]!.message).toContain(
      '(did you mean "www.acme.example.com"?)',
    );
  });
});

describe('defaults', () => {
  it('fills every probe setting and weighs every criterion 1', () => {
    const config = parseConfig(structuredClone(MINIMAL), 'minimal');
    expect(config.source).toBe('minimal');
    expect(config.probe).toEqual({ ...DEFAULT_PROBE_SETTINGS });
    expect(config.probe).not.toBe(DEFAULT_PROBE_SETTINGS);
    expect(Object.keys(config.weights).sort()).toEqual([...CRITERION_IDS].sort());
    for (const id of CRITERION_IDS) expect(config.weights[id]).toBe(1);
    expect(config.exchanges[0]!.channels).toEqual({});
  });

  it('keeps what the file sets and defaults the rest', () => {
    const config = parseConfig({ ...MINIMAL, weights: { security: 3, feedback: 0 }, probe: { timeoutMs: 5000, respectRobots: false } }, 'x');
    expect(config.weights).toEqual({ ...DEFAULT_WEIGHTS, security: 3, feedback: 0 });
    expect(config.probe).toEqual({ ...DEFAULT_PROBE_SETTINGS, timeoutMs: 5000, respectRobots: false });
  });

  it('never lets a result change the defaults', () => {
    const a = parseConfig(structuredClone(MINIMAL), 'a');
    a.probe.timeoutMs = 1;
    a.weights.security = 9;
    const b = parseConfig(structuredClone(MINIMAL), 'b');
    expect(b.probe.timeoutMs).toBe(DEFAULT_PROBE_SETTINGS.timeoutMs);
    expect(b.weights.security).toBe(1);
  });

  it('normalises languages (lower case, "_" -> "-", repeats dropped) and domains', () => {
    const config = parseConfig(withExchange({ languages: ['EN', 'zh_TW', 'en', 'pt-BR'], domains: ['Acme.Example.COM.', 'acme.example.com'] }), 'x');
    expect(config.exchanges[0]!.languages).toEqual(['en', 'zh-tw', 'pt-br']);
    expect(config.exchanges[0]!.domains).toEqual(['acme.example.com']);
  });

  it('trims names, URLs and addresses', () => {
    const config = parseConfig(
      { exchanges: [{ id: 'a', name: '  Acme  ', channels: { chat: { url: ' https://chat.example.com/ ' }, email: { address: ' help@example.com ' } } }] },
      'x',
    );
    expect(config.exchanges[0]!.name).toBe('Acme');
    expect(config.exchanges[0]!.channels.chat!.url).toBe('https://chat.example.com/');
    expect(config.exchanges[0]!.channels.email!.address).toBe('help@example.com');
  });
});

describe('social accounts', () => {
  const social = (network: string, value: string) =>
    parseConfig(withChannels({ social: { [network]: value } }), 'x').exchanges[0]!.channels.social as Record<string, string>;

  it.each([
    ['telegram', '@AcmeExchange', 'https://t.me/AcmeExchange'],
    ['telegram', 'AcmeExchange', 'https://t.me/AcmeExchange'],
    ['telegram', 't.me/AcmeExchange', 'https://t.me/AcmeExchange'],
    ['telegram', 'https://telegram.me/AcmeExchange/', 'https://t.me/AcmeExchange'],
    ['telegram', 'https://t.me/s/AcmeExchange', 'https://t.me/AcmeExchange'],
    ['telegram', 'http://t.me/AcmeExchange#top', 'https://t.me/AcmeExchange'],
    ['x', '@acme_ex', 'https://x.com/acme_ex'],
    ['x', 'twitter.com/acme_ex', 'https://x.com/acme_ex'],
    ['x', 'https://mobile.twitter.com/acme_ex/status/123', 'https://x.com/acme_ex'],
    ['x', 'https://www.x.com/acme_ex?lang=en', 'https://x.com/acme_ex'],
    ['discord', 'acme-ex', 'https://discord.gg/acme-ex'],
    ['discord', 'https://discord.com/invite/acme-ex', 'https://discord.gg/acme-ex'],
    ['discord', 'https://discordapp.com/invite/acme-ex', 'https://discord.gg/acme-ex'],
    ['facebook', 'https://facebook.com/AcmeExchange/', 'https://www.facebook.com/AcmeExchange'],
    ['facebook', 'https://m.facebook.com/AcmeExchange', 'https://www.facebook.com/AcmeExchange'],
    ['facebook', 'fb.com/AcmeExchange', 'https://www.facebook.com/AcmeExchange'],
    ['instagram', '@acme.exchange', 'https://www.instagram.com/acme.exchange'],
    ['instagram', 'instagram.com/acme.exchange/', 'https://www.instagram.com/acme.exchange'],
    ['youtube', '@AcmeExchange', 'https://www.youtube.com/@AcmeExchange'],
    ['youtube', 'https://m.youtube.com/@AcmeExchange', 'https://www.youtube.com/@AcmeExchange'],
    ['reddit', 'r/AcmeExchange', 'https://www.reddit.com/r/AcmeExchange'],
    ['reddit', 'https://old.reddit.com/r/AcmeExchange/', 'https://www.reddit.com/r/AcmeExchange'],
    ['linkedin', 'linkedin.com/company/acme-exchange', 'https://www.linkedin.com/company/acme-exchange'],
    ['linkedin', 'http://linkedin.com/company/acme-exchange/', 'https://www.linkedin.com/company/acme-exchange'],
  ])('%s %s -> %s', (network, input, canonical) => {
    expect(social(network, input)[network]).toBe(canonical);
  });

  it('gives one URL for every spelling of the same account', () => {
    const spellings = ['@AcmeExchange', 't.me/AcmeExchange', 'https://t.me/AcmeExchange/', 'https://telegram.me/AcmeExchange'];
    expect(new Set(spellings.map((s) => social('telegram', s).telegram)).size).toBe(1);
    const fb = ['https://facebook.com/AcmeExchange', 'https://www.facebook.com/AcmeExchange/', 'm.facebook.com/AcmeExchange'];
    expect(new Set(fb.map((s) => social('facebook', s).facebook)).size).toBe(1);
  });

  it.each([
    ['telegram', '@abc', 'a Telegram username'],
    ['telegram', 'https://x.com/AcmeExchange', 'a Telegram username'],
    ['x', '@acme exchange', 'an X handle'],
    ['x', 'https://x.com/search?q=acme', 'an X handle'],
    ['x', 'https://x.com.evil.example/acme', 'an X handle'],
    ['x', 'https://user:pw@x.com/acme', 'an X handle'],
    ['x', 'javascript://x.com/acme', 'an X handle'],
    ['discord', 'https://discord.com/channels/1/2', 'a Discord invite'],
    ['facebook', '@AcmeExchange', 'a facebook.com URL'],
    ['facebook', 'https://facebook.com/', 'a facebook.com URL'],
    ['youtube', 'AcmeExchange', 'a YouTube handle'],
    ['reddit', 'AcmeExchange', 'a subreddit'],
    ['linkedin', 'https://evil.example/linkedin.com/company/a', 'a linkedin.com URL'],
    ['instagram', '', 'an Instagram username'],
  ])('refuses %s %j', (network, input, words) => {
    const issues = issuesOf(() => parseConfig(withChannels({ social: { [network]: input } }), 'x'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`exchanges[0].channels.social.${network}`);
    expect(issues[0]!.message).toContain(`expected ${words}`);
  });
});

describe('the good configs', () => {
  const goodFiles = listJson(GOOD_DIR);

  it('include minimal, full and $schema examples', () => {
    expect(goodFiles).toEqual(expect.arrayContaining(['minimal.json', 'full.json', 'with-schema.json']));
  });

  it.each(goodFiles)('%s loads', (file) => {
    const path = join(GOOD_DIR, file);
    const config = loadConfigFile(path);
    expect(config.source).toBe(path);
    expect(config.exchanges.length).toBeGreaterThan(0);
    expect(Object.keys(config.probe).sort()).toEqual(expect.arrayContaining(Object.keys(DEFAULT_PROBE_SETTINGS).sort()));
    expect(JSON.stringify(config)).not.toContain('$schema');
  });

  it('full.json comes out exactly as expected', () => {
    const config = loadConfigFile(join(GOOD_DIR, 'full.json'));
    const [acme, bolt] = config.exchanges;
    expect(acme).toEqual({
      id: 'acme',
      name: 'Acme Exchange',
      languages: ['en', 'ko', 'zh-tw', 'es-419'],
      domains: ['acme.example.com', 'acme.example.org'],
      channels: {
        helpCenter: {
          url: 'https://help.acme.example.com/hc/en-us',
          platform: 'zendesk',
          maxPages: 40,
          searchUrl: 'https://help.acme.example.com/hc/{locale}/search?query={query}',
        },
        status: { url: 'https://status.acme.example.com' },
        email: { address: 'support@acme.example.com' },
        ticket: { url: 'https://help.acme.example.com/hc/en-us/requests/new', platform: 'zendesk' },
        chat: { url: 'https://www.acme.example.com/en/chat' },
        phone: { number: '+1 888 555 0100' },
        social: {
          telegram: 'https://t.me/AcmeExchange',
          x: 'https://x.com/AcmeExchange',
          discord: 'https://discord.gg/acme-exchange',
          facebook: 'https://www.facebook.com/AcmeExchange',
          instagram: 'https://www.instagram.com/acme.exchange',
          youtube: 'https://www.youtube.com/@AcmeExchange',
          reddit: 'https://www.reddit.com/r/AcmeExchange',
          linkedin: 'https://www.linkedin.com/company/acme-exchange',
        },
      },
    });
    expect(bolt).toEqual({ id: 'bolt-markets', name: 'Bolt Markets', channels: {} });
    expect(config.weights).toMatchObject({ multilingual: 0.5, security: 3, feedback: 0 });
    expect(config.probe).toEqual({
      concurrency: 4,
      perHostConcurrency: 1,
      politenessDelayMs: 1000,
      timeoutMs: 20000,
      retries: 1,
      maxRedirects: 3,
      maxBodyBytes: 2097152,
      maxPages: 10,
      userAgent: 'supportscope-test/0.1 (+https://example.com/contact)',
      respectRobots: true,
    });
  });

  it('a config made from the parsed output parses to the same thing (normalising is idempotent)', () => {
    const once = loadConfigFile(join(GOOD_DIR, 'full.json'));
    const { source: _source, ...rest } = once;
    const twice = parseConfig(structuredClone(rest), once.source);
    expect(twice).toEqual(once);
  });
});
