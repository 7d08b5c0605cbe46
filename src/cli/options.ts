/** Option values shared by several commands, checked the same way (kept apart so a command loads only what it uses). */
import { UsageError } from '../errors.js';

/** A whole number option in [min, max], or undefined when not given; anything else is a usage error naming the option. */
export function positiveInt(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${option}: expected a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}
