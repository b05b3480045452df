/**
 * Work for one key runs after the work this process already started for that key, in the order it
 * arrived; work for other keys is not held up.
 *
 * Answers to one attempt need this on PostgreSQL. Each answer there has its own transaction on its
 * own pooled connection, and the reads before it can come back in any order. Without it, an answer
 * sent right after another could lock the attempt first and be refused, because the question it
 * answers is only waiting once the earlier answer is saved. On SQLite the synchronous driver and the
 * write batcher keep the order already; the rule is the same on both.
 */
const queues = new Map<string, Promise<void>>();

export function inArrivalOrder<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key);
  // A failure of the earlier work is its caller's; the next one still runs.
  const result = previous ? previous.then(work) : work();
  const done = result.then(
    () => {},
    () => {},
  );
  queues.set(key, done);
  // Forget the key once nothing more was queued behind this work.
  void done.then(() => {
    if (queues.get(key) === done) queues.delete(key);
  });
  return result;
}

/** How many keys have work queued or running (for tests). */
export const keysInFlight = () => queues.size;
