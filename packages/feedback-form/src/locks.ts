import { submissionId } from './answers.js';

const OUTBOX_LOCK = 'coproduce-feedback-outbox';
const PAGE_LOCK_PREFIX = 'coproduce-feedback-page:';

/** This page, as named in the claims it puts on submissions it is sending. */
export const PAGE = submissionId();

const lockManager = () => (navigator as Navigator & { locks?: LockManager }).locks;

/**
 * Runs `work` while no other tab or element is reading or changing the
 * outbox. Held only for storage, never across a network wait. Browsers
 * without Web Locks run it straight away; the claims on submissions and
 * their Idempotency-Key still keep repeats rare and harmless.
 */
export async function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return work();
  let started = false;
  try {
    return (await locks.request(OUTBOX_LOCK, () => {
      started = true;
      return work();
    })) as T;
  } catch (error) {
    // Refused before it ran (an opaque origin refuses locks): run it unlocked.
    if (started) throw error;
    return work();
  }
}

let pageLock: Promise<void> | null = null;

/**
 * Holds a lock named for this page until the page goes, so another page can
 * tell this page's claims from those of a page that has closed. Taken only
 * once the page claims something: a page that sends nothing holds nothing.
 */
export function holdPageLock(): Promise<void> {
  pageLock ??= new Promise<void>((granted) => {
    const locks = lockManager();
    if (!locks) return granted();
    locks
      .request(PAGE_LOCK_PREFIX + PAGE, () => {
        granted();
        return new Promise<void>(() => {});
      })
      .catch(() => granted());
  });
  return pageLock;
}

/** The pages open now, by their page locks; null where the browser cannot say. */
export async function livePages(): Promise<ReadonlySet<string> | null> {
  const locks = lockManager();
  if (!locks?.query) return null;
  try {
    const { held = [] } = await locks.query();
    return new Set(
      held.flatMap((lock) =>
        lock.name?.startsWith(PAGE_LOCK_PREFIX) ? [lock.name.slice(PAGE_LOCK_PREFIX.length)] : [],
      ),
    );
  } catch {
    return null;
  }
}
