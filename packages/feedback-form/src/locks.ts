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

/** This page's lock: taken (or refused) when `taken` settles; `release` lets it go, or withdraws the request. */
interface PageLock {
  taken: Promise<void>;
  release(): void;
}

let pageLock: PageLock | null = null;
/** Tries on this page that hold the lock. */
let holders = 0;

function takePageLock(): PageLock {
  const locks = lockManager();
  if (!locks) return { taken: Promise.resolve(), release: () => {} };
  const withdraw = new AbortController();
  let letGo = () => {};
  const taken = new Promise<void>((granted) => {
    locks
      .request(PAGE_LOCK_PREFIX + PAGE, { signal: withdraw.signal }, () => {
        granted();
        return new Promise<void>((release) => {
          letGo = release;
        });
      })
      // Refused (an opaque origin), or withdrawn before it was granted: claims still end when they run out.
      .catch(() => granted());
  });
  return {
    taken,
    release: () => {
      withdraw.abort();
      letGo();
    },
  };
}

/**
 * Holds a lock named for this page while it has a claim on a submission (from
 * just before the claim is written until what the try came to is), so
 * another page can tell this page's claims from those of a page that has
 * closed. Resolves, once the lock is held, to the function that lets this
 * hold go; the lock goes with the last hold. Held no longer than that: a page
 * holding a lock (even one let go as the page is hidden) is kept out of
 * Firefox's back/forward cache, so Back would load it afresh.
 */
export async function holdPageLock(): Promise<() => void> {
  holders++;
  pageLock ??= takePageLock();
  await pageLock.taken;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holders--;
    if (holders === 0 && pageLock) {
      pageLock.release();
      pageLock = null;
    }
  };
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
