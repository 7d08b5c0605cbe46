/**
 * Turns zod issues into `ConfigIssue`s: a JSON path such as
 * `exchanges[2].channels.helpCenter.url` and a message in words, never zod jargon.
 */
import type { z } from 'zod';
import type { ConfigIssue } from '../errors.js';
import { CRITERION_IDS } from '../types/report.js';
import { didYouMean } from './did-you-mean.js';
import { expectedMessage, show } from './fields.js';

type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["exchanges", 2, "channels"]` -> `exchanges[2].channels`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

const TYPE_NOUNS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** Issue fields the generic wording reads (zod's raw issues carry more). */
interface RawIssueLike {
  code?: string;
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/**
 * Parse-level error map: words for issues whose schema did not set its own message
 * (structural ones: an object where a list belongs, an empty list…).
 */
export function genericMessage(iss: RawIssueLike): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return expectedMessage(TYPE_NOUNS[iss.expected ?? ''] ?? `a ${iss.expected}`, iss.input);
    case 'too_small':
      if (iss.origin === 'array') return `expected at least ${iss.minimum} item(s), got ${Array.isArray(iss.input) ? iss.input.length : show(iss.input)}`;
      if (iss.origin === 'string') return `expected at least ${iss.minimum} character(s), got ${show(iss.input)}`;
      return `expected a number ${iss.inclusive ? '>=' : '>'} ${iss.minimum}, got ${show(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'array') return `expected at most ${iss.maximum} item(s)`;
      if (iss.origin === 'string') return `expected at most ${iss.maximum} character(s)`;
      return `expected a number ${iss.inclusive ? '<=' : '<'} ${iss.maximum}, got ${show(iss.input)}`;
    case 'invalid_value':
      return `expected one of ${(iss.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${show(iss.input)}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${(iss.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return undefined;
  }
}

/** What the walker needs of a zod schema's internals. */
interface WalkableDef {
  type: string;
  shape?: Record<string, Walkable>;
  element?: Walkable;
  innerType?: Walkable;
  in?: Walkable;
}
interface Walkable {
  _zod: { def: WalkableDef };
}

/** The keys an object schema at `path` allows, or undefined if no object is found there. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] | undefined {
  let node = schema as unknown as Walkable;
  let i = 0;
  for (let guard = 0; guard < 200; guard++) {
    const def = node._zod.def;
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else if (def.type === 'array' && def.element) {
      if (i >= path.length) return undefined;
      i++; // skip the index
      node = def.element;
    } else if (def.type === 'object' && def.shape) {
      if (i >= path.length) return Object.keys(def.shape);
      const next = def.shape[String(path[i])];
      if (!next) return undefined;
      i++;
      node = next;
    } else return undefined;
  }
  return undefined;
}

function unknownKeyMessage(key: string, parentPath: readonly PathSegment[], allowed: string[] | undefined): string {
  const suggestion = allowed ? didYouMean(key, allowed) : undefined;
  const dym = suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : '';
  if (parentPath.length === 1 && parentPath[0] === 'weights') {
    return `unknown criterion ${JSON.stringify(key)}${dym}; valid criteria: ${CRITERION_IDS.join(', ')}`;
  }
  if (!allowed || suggestion) return `unknown key ${JSON.stringify(key)}${dym}`;
  return `unknown key ${JSON.stringify(key)}; allowed here: ${allowed.join(', ')}`;
}

/** A config issue whose path is still a list of segments. */
export interface RawConfigIssue {
  path: PathSegment[];
  message: string;
}

/** Zod issues -> raw config issues, one per problem (an unknown-keys issue becomes one per key). */
export function collectIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): RawConfigIssue[] {
  const collected: RawConfigIssue[] = [];
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, iss.path);
      for (const key of iss.keys) {
        collected.push({ path: [...iss.path, key], message: unknownKeyMessage(key, iss.path, allowed) });
      }
    } else {
      collected.push({ path: [...iss.path], message: iss.message });
    }
  }
  return collected;
}

/**
 * Where `path` sits in the document, as a sortable list: at each level the key's position
 * among its object's keys as written (a missing key sorts after the keys present), or the
 * list index.
 */
function documentRank(path: readonly PathSegment[], input: unknown): number[] {
  const rank: number[] = [];
  let node: unknown = input;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') {
      rank.push(seg);
      node = node[seg];
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      const keys = Object.keys(node);
      const at = keys.indexOf(String(seg));
      rank.push(at === -1 ? keys.length : at);
      node = at === -1 ? undefined : (node as Record<string, unknown>)[String(seg)];
    } else {
      rank.push(0);
      node = undefined;
    }
  }
  return rank;
}

/** Lexicographic order; a path's own issue comes before its children's. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Orders issues as the file reads (by the position of each key as written and each list
 * index, level by level; ties as found), drops exact repeats, and formats the paths.
 */
export function finishIssues(collected: readonly RawConfigIssue[], input: unknown): ConfigIssue[] {
  const sorted = collected
    .map((c, i) => ({ c, i, r: documentRank(c.path, input) }))
    .sort((a, b) => compareRanks(a.r, b.r) || a.i - b.i)
    .map(({ c }) => ({ path: formatPath(c.path), message: c.message }));
  const seen = new Set<string>();
  return sorted.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Zod issues -> config issues, in document order. */
export function toConfigIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, input: unknown): ConfigIssue[] {
  return finishIssues(collectIssues(issues, schema), input);
}
