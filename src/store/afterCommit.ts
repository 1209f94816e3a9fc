import { AsyncLocalStorage } from "node:async_hooks";

type Callback = () => void;

const pending = new AsyncLocalStorage<Callback[]>();

/**
 * Runs `callback` once the current transaction has committed, or at once outside one. Readers must not be told
 * about a change before it is visible to them: a page cache invalidated before the commit could store a page
 * rendered from the old rows. A rolled-back transaction runs none of its callbacks.
 */
export function afterCommit(callback: Callback): void {
  const queue = pending.getStore();
  if (queue) queue.push(callback);
  else callback();
}

/** Runs a top-level transaction with a queue for afterCommit callbacks, and runs them after it commits. */
export async function withCommitCallbacks<T>(run: () => Promise<T>): Promise<T> {
  const queue: Callback[] = [];
  const result = await pending.run(queue, run);
  for (const callback of queue) callback();
  return result;
}
