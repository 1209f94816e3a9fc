import type { DateBounds } from "./backend.js";
import type { SearchFilters } from "./types.js";

/** The date filters as exact ISO instants; a bound that is not a date is left out rather than failing. */
export function boundsOf(filters: SearchFilters): DateBounds {
  return { from: instantOf(filters.from), to: instantOf(filters.to) };
}

function instantOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** A whole number within [min, max]; `fallback` for anything that is not a number. */
export function clampInt(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
