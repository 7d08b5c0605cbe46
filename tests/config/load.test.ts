/**
 * Finding and reading the config: --config, then SUPPORTSCOPE_CONFIG, then
 * ./supportscope.config.json, then the built-in catalog; unreadable files are a ConfigError
 * on "(file)"; loading never writes anything.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOG_SOURCE, CONFIG_ENV_VAR, CONFIG_FILE_NAME, loadConfig, loadConfigFile } from '../../src/config/index.js';
import { MAX_CONFIG_BYTES } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-config-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configFor = (id: string) => `${JSON.stringify({ exchanges: [{ id, name: id.toUpperCase() }] }, null, 2)}\n`;
const write = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Every entry under `root` with its size and mtime, to prove loading wrote nothing. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      out.push(`${p} ${st ? `${st.size} ${st.mtimeMs}` : 'dangling'}`);
      if (st?.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

/** Runs `fn` (which must throw a ConfigError), checking the directory is unchanged. */
function refused(fn: () => unknown): ConfigError {
  const before = snapshot(dir);
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(snapshot(dir)).toEqual(before);
  expect(caught).toBeInstanceOf(ConfigError);
  return caught as ConfigError;
}

const ids = (c: { exchanges: { id: string }[] }) => c.exchanges.map((x) => x.id);

describe('where the config comes from', () => {
  it('--config wins over the environment and the local file', () => {
    const explicit = write('explicit.json', configFor('from-flag'));
    write('env.json', configFor('from-env'));
    write(CONFIG_FILE_NAME, configFor('from-cwd'));
    const config = loadConfig({ path: explicit, cwd: dir, env: { [CONFIG_ENV_VAR]: join(dir, 'env.json') } });
    expect(ids(config)).toEqual(['from-flag']);
    expect(config.source).toBe(explicit);
  });

  it('resolves a relative --config against cwd and reports the path as given', () => {
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'mine.json'), configFor('relative'));
    const config = loadConfig({ path: 'conf/mine.json', cwd: dir, env: {} });
    expect(ids(config)).toEqual(['relative']);
    expect(config.source).toBe('conf/mine.json');
  });

  it('SUPPORTSCOPE_CONFIG is used when there is no --config, and wins over the local file', () => {
    write('env.json', configFor('from-env'));
    write(CONFIG_FILE_NAME, configFor('from-cwd'));
    const config = loadConfig({ cwd: dir, env: { [CONFIG_ENV_VAR]: 'env.json' } });
    expect(ids(config)).toEqual(['from-env']);
    expect(config.source).toBe('env.json');
  });

  it('./supportscope.config.json is used when neither is given (an empty variable counts as unset)', () => {
    write(CONFIG_FILE_NAME, configFor('from-cwd'));
    for (const env of [{}, { [CONFIG_ENV_VAR]: '' }]) {
      const config = loadConfig({ cwd: dir, env });
      expect(ids(config)).toEqual(['from-cwd']);
      expect(config.source).toBe(join(dir, CONFIG_FILE_NAME));
    }
  });

  it('falls back to the built-in catalog, writing nothing', () => {
    const before = snapshot(dir);
    const config = loadConfig({ cwd: dir, env: {} });
    expect(config.source).toBe(CATALOG_SOURCE);
    expect(config.source).toBe('built-in catalog');
    expect(ids(config)).toEqual(expect.arrayContaining(['lbank', 'bithumb', 'binance', 'coinbase', 'kraken']));
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a broken local file is an error, never a silent fall-back to the catalog', () => {
    write(CONFIG_FILE_NAME, '{"exchanges": [}');
    const err = refused(() => loadConfig({ cwd: dir, env: {} }));
    expect(err.file).toBe(join(dir, CONFIG_FILE_NAME));
    expect(err.issues[0]!.message).toMatch(/^invalid JSON at line 1, column 16/);
  });

  it('a dangling symlink named supportscope.config.json is an error too', () => {
    symlinkSync(join(dir, 'gone.json'), join(dir, CONFIG_FILE_NAME));
    const err = refused(() => loadConfig({ cwd: dir, env: {} }));
    expect(err.issues).toEqual([{ path: '(file)', message: 'cannot read the config file: no such file (ENOENT)' }]);
  });

  it('says where a missing path came from', () => {
    const fromEnv = refused(() => loadConfig({ cwd: dir, env: { [CONFIG_ENV_VAR]: 'nope.json' } }));
    expect(fromEnv.file).toBe('nope.json');
    expect(fromEnv.issues).toEqual([
      { path: '(file)', message: 'cannot read the config file: no such file (ENOENT) (path from SUPPORTSCOPE_CONFIG)' },
    ]);
    const fromFlag = refused(() => loadConfig({ path: 'nope.json', cwd: dir, env: {} }));
    expect(fromFlag.issues[0]!.message).toContain('(path from --config)');
    expect(fromFlag.message).toContain('nope.json: (file): cannot read the config file: no such file');
  });
});

describe('files that cannot be read as a config', () => {
  it('a missing file', () => {
    const path = join(dir, 'missing.json');
    const err = refused(() => loadConfigFile(path));
    expect(err.file).toBe(path);
    expect(err.exitCode).toBe(2);
    expect(err.issues).toEqual([{ path: '(file)', message: 'cannot read the config file: no such file (ENOENT)' }]);
  });

  it('a directory', () => {
    mkdirSync(join(dir, 'a-folder.json'));
    const err = refused(() => loadConfigFile(join(dir, 'a-folder.json')));
    expect(err.issues).toEqual([{ path: '(file)', message: expect.stringContaining('it is a directory, not a file') }]);
  });

  it('a path through a file', () => {
    write('plain.json', configFor('a'));
    const err = refused(() => loadConfigFile(join(dir, 'plain.json', 'inner.json')));
    expect(err.issues).toEqual([{ path: '(file)', message: expect.stringContaining('a part of the path is not a directory') }]);
  });

  it.each(['', '   '])('an empty path %j', (path) => {
    const err = refused(() => loadConfig({ path, cwd: dir, env: {} }));
    expect(err.issues).toEqual([{ path: '(file)', message: 'the config path is empty (path from --config)' }]);
    expect(err.file).toBe('--config');
    expect(refused(() => loadConfigFile(path, dir)).issues[0]!.message).toBe('the config path is empty');
  });

  it('an empty file', () => {
    const path = write('empty.json', '');
    const err = refused(() => loadConfigFile(path));
    expect(err.issues).toEqual([{ path: '', message: 'invalid JSON at line 1, column 1: the file is empty; expected a JSON object' }]);
  });

  it('not UTF-8 (Windows-1252), with where the first bad byte is', () => {
    const text = configFor('a').replace('"A"', '"Caf\u00e9 \u20ac"');
    const path = write('cp1252.json', Buffer.from(text.replace('\u20ac', '\u0080'), 'latin1'));
    const err = refused(() => loadConfigFile(path));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]!.path).toBe('(file)');
    expect(err.issues[0]!.message).toMatch(/^the file is not valid UTF-8 text \(the first bad byte is at line 5, column 19;/);
    expect(err.issues[0]!.message).toContain('save it as UTF-8');
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(configFor('a'), 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(configFor('a'), 'utf16le').swap16()])],
    ['UTF-16 LE without a byte-order mark', Buffer.from(configFor('a'), 'utf16le')],
    ['UTF-16 BE without a byte-order mark', Buffer.from(configFor('a'), 'utf16le').swap16()],
  ])('%s', (_name, bytes) => {
    const path = write('utf16.json', bytes);
    const err = refused(() => loadConfigFile(path));
    expect(err.issues).toEqual([{ path: '(file)', message: expect.stringMatching(/UTF-16 text.*save it as UTF-8/) }]);
  });

  it('UTF-8 with a byte-order mark is fine', () => {
    const config = loadConfigFile(write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(configFor('bom'))])));
    expect(ids(config)).toEqual(['bom']);
  });

  it('a file too big to be a config (checked before reading it)', () => {
    const path = write('huge.json', '');
    truncateSync(path, MAX_CONFIG_BYTES + 1); // sparse: takes no disk space
    const err = refused(() => loadConfigFile(path));
    expect(err.issues).toEqual([
      { path: '(file)', message: `the file is ${MAX_CONFIG_BYTES + 1} bytes; a config file is at most ${MAX_CONFIG_BYTES} bytes` },
    ]);
  });
});

describe('loading writes nothing', () => {
  it('good and bad loads leave the directory exactly as it was', () => {
    write(CONFIG_FILE_NAME, configFor('local'));
    write('bad.json', '{"exchanges": [{"id": "Bad Id", "name": "x"}]}');
    const before = snapshot(dir);
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    loadConfig({ cwd: dir, env: {} });
    loadConfig({ path: CONFIG_FILE_NAME, cwd: dir, env: {} });
    expect(() => loadConfig({ path: 'bad.json', cwd: dir, env: {} })).toThrow(ConfigError);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(texts);
  });
});
