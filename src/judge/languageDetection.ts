/**
 * tinyld, loaded on first use. Its language profiles cost about 48 MB of memory, and most
 * help-center pages declare their language (<html lang>), so a crawl usually never needs it;
 * replies to grade always do, and load it then.
 */
import { createRequire } from 'node:module';

type Tinyld = typeof import('tinyld');
let lib: Tinyld | null = null;

export function tinyld(): Tinyld {
  lib ??= createRequire(import.meta.url)('tinyld') as Tinyld;
  return lib;
}
