/** What one wrk run reports that the benchmark uses. */
export interface WrkResult {
  requestsPerSecond: number;
  /** Answers outside 2xx/3xx: a benchmark of error pages would be meaningless. */
  non2xx: number;
  /** Connect, read, write and timeout errors added up. */
  socketErrors: number;
}

/** Reads wrk's plain-text summary. Throws when the throughput line is missing: the run failed. */
export function parseWrkOutput(text: string): WrkResult {
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(text);
  if (!rate?.[1]) throw new Error(`wrk printed no "Requests/sec" line:\n${text.trim()}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(rate[1]),
    non2xx: non2xx?.[1] ? Number(non2xx[1]) : 0,
    socketErrors,
  };
}
