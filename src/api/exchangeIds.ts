/**
 * `--exchange a,b` for commands that read the store (compare, assert): every id must be one
 * the config or the database knows, else exit 2 naming it.
 */
import { UsageError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Config } from '../types/config.js';

export async function checkExchangeIds(store: Store, config: Config, ids: string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const known = new Set([...config.exchanges.map((e) => e.id), ...(await store.listExchanges()).map((e) => e.id)]);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  const list = [...known].sort();
  throw new UsageError(
    `--exchange: unknown exchange id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')} (not in ${config.source} nor in ${store.path}); known: ${list.length > 0 ? list.join(', ') : 'none'}`,
    'E_UNKNOWN_EXCHANGE',
  );
}
