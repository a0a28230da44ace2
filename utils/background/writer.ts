/**
 * The background's one writer: every change to the store (a page read from any tab, the periodic check, answers,
 * known-world edits, settings, import, delete-all) runs through it, one at a time in the order asked, so no change
 * ever works from a state another change is halfway through. A failed job does not stop the ones after it.
 */
export type Writer = <T>(work: () => Promise<T>) => Promise<T>;

export function createWriter(): Writer {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const job = tail.then(work);
    tail = job.catch(() => undefined);
    return job;
  };
}
