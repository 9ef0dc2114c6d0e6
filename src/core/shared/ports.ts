/** Ports every context shares: time, ids, and the unit of work. */
export type Clock = { now: () => Date };
export type IdGenerator = { newId: () => string };

/**
 * Runs `work` in one database transaction: all of its writes land, or none do.
 * `T` is the set of stores bound to that transaction.
 */
export type UnitOfWork<T> = <R>(work: (tx: T) => Promise<R>) => Promise<R>;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type PageRequest = { page: number; pageSize: number };
