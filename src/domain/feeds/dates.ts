/** Dates as each feed format writes them. Every input is an ISO 8601 instant, as the store keeps them. */

/** RFC 822 (with a four-digit year, as RFC 1123 and the RSS profile advise): "Tue, 01 Dec 2026 09:30:00 GMT". */
export function rfc822(instant: string): string {
  return new Date(instant).toUTCString();
}

/** RFC 3339 in UTC, whole seconds when there is no fraction: "2026-12-01T09:30:00Z". */
export function rfc3339(instant: string): string {
  return new Date(instant).toISOString().replace(/\.000Z$/, "Z");
}

/** The later of two ISO 8601 UTC instants (they compare as text only when written alike, so compare as time). */
export function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
