/**
 * Progress of a long run (`pressroom reindex`) on a stream: on a terminal, one line redrawn in place (bar,
 * done/total, items per second); otherwise a plain line now and then, which reads well in a log file.
 */
export interface ProgressReporter {
  update(done: number, total: number): void;
  /** Ends the display (the terminal line is kept, followed by a line break). */
  finish(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

const BAR_WIDTH = 30;
/** Redraws at most this often on a terminal. */
const REDRAW_MS = 100;
/** Writes a plain line at most this often otherwise. */
const LINE_MS = 5_000;

export function progressReporter(stream: ProgressStream, now: () => number = Date.now): ProgressReporter {
  const started = now();
  let lastWrite = Number.NEGATIVE_INFINITY;
  let last: { done: number; total: number } | undefined;
  const rate = (done: number): number => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  const draw = (done: number, total: number): void => {
    if (stream.isTTY) stream.write(`\r${progressBar(done, total, rate(done))}`);
    else stream.write(`${progressLine(done, total, rate(done))}\n`);
  };
  return {
    update(done, total) {
      last = { done, total };
      const at = now();
      const complete = done >= total;
      if (!complete && at - lastWrite < (stream.isTTY ? REDRAW_MS : LINE_MS)) return;
      lastWrite = at;
      draw(done, total);
    },
    finish() {
      if (last && stream.isTTY) {
        draw(last.done, last.total);
        stream.write("\n");
      }
    },
  };
}

/** "[██████░░░░…]  1,200/4,000  30%  850 items/s" */
export function progressBar(done: number, total: number, itemsPerSecond: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
  return `[${bar}] ${count(done)}/${count(total)} ${percent(share)} ${count(Math.round(itemsPerSecond))} items/s`;
}

/** "indexed 1,200 of 4,000 items (30%), 850 items/s" */
export function progressLine(done: number, total: number, itemsPerSecond: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  return `indexed ${count(done)} of ${count(total)} items (${percent(share)}), ${count(Math.round(itemsPerSecond))} items/s`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}
