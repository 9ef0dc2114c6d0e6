import type { Kysely, Selectable } from 'kysely';
import type { DealDocument } from '../core/deals/deal.js';
import type { DealDocumentStore } from '../core/deals/ports.js';
import { isUuid } from './listing-store.js';
import type { DB } from './schema.js';
import { withDealTables, type DealDocumentsTable } from './deal-store.js';

const META = [
  'id',
  'deal_id',
  'filename',
  'content_type',
  'document_type',
  'size_bytes',
  'sha256',
  'uploaded_by_user_id',
  'uploaded_by_role',
  'created_at',
] as const;

function rowToDocument(r: Pick<Selectable<DealDocumentsTable>, (typeof META)[number]>): DealDocument {
  return {
    id: r.id,
    dealId: r.deal_id,
    filename: r.filename,
    contentType: r.content_type,
    documentType: r.document_type as DealDocument['documentType'],
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    uploadedByUserId: r.uploaded_by_user_id,
    uploadedByRole: r.uploaded_by_role as DealDocument['uploadedByRole'],
    createdAt: r.created_at,
  };
}

/** Deal documents with their content in the database (bytea), on PGlite or PostgreSQL. */
export function createDealDocumentStore(base: Kysely<DB>): DealDocumentStore {
  const db = withDealTables(base);
  return {
    async insert(d, content) {
      await db
        .insertInto('deal_documents')
        .values({
          id: d.id,
          deal_id: d.dealId,
          filename: d.filename,
          content_type: d.contentType,
          document_type: d.documentType,
          size_bytes: d.sizeBytes,
          sha256: d.sha256,
          content,
          uploaded_by_user_id: d.uploadedByUserId,
          uploaded_by_role: d.uploadedByRole,
          created_at: d.createdAt,
        })
        .execute();
    },
    async list(dealId) {
      if (!isUuid(dealId)) return [];
      const rows = await db.selectFrom('deal_documents').select(META).where('deal_id', '=', dealId).orderBy('seq').execute();
      return rows.map(rowToDocument);
    },
    async findById(dealId, id) {
      if (!isUuid(dealId) || !isUuid(id)) return null;
      const r = await db.selectFrom('deal_documents').select(META).where('deal_id', '=', dealId).where('id', '=', id).executeTakeFirst();
      return r ? rowToDocument(r) : null;
    },
    async content(dealId, id) {
      if (!isUuid(dealId) || !isUuid(id)) return null;
      const r = await db.selectFrom('deal_documents').select('content').where('deal_id', '=', dealId).where('id', '=', id).executeTakeFirst();
      return r ? new Uint8Array(r.content) : null;
    },
  };
}
