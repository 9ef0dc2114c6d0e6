import type { Kysely, Transaction } from 'kysely';
import type { UnitOfWork } from '../core/shared/ports.js';
import type { DB } from './schema.js';

/** A unit of work whose stores are built on the transaction by `bind`. */
export function createUnitOfWork<T>(db: Kysely<DB>, bind: (tx: Transaction<DB>) => T): UnitOfWork<T> {
  return (work) => db.transaction().execute((tx) => work(bind(tx)));
}
