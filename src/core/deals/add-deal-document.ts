import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { DEAL_LIMITS, type DealDocument } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps } from './ports.js';
import { actingRole, authorizeDealCall, canReadThread, canWriteToThread, threadForbidden } from './deal-policy.js';
import { closedDeal, eventOf, loadVisible } from './deal-helpers.js';
import { DOCUMENT_TYPES, bareMime, detectDocumentType, extensionOf } from './document-type.js';

export type DocumentInput = { filename: string; contentType: string; content: Uint8Array };

const fail = (code: DealErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<DealErrorCode>(code, message, details);

/** A file name without directories or control characters, NFC-normalized. */
export function cleanFilename(raw: string): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

const ALLOWED = Object.keys(DOCUMENT_TYPES).join(', ');

/**
 * Checks a document: a name, at most 5 MB, and content that really is one of the allowed types
 * (pdf, docx, xlsx, pptx, png, jpeg, txt by magic bytes), matching both the declared content
 * type and the file name's extension. Returns the detected type.
 * Errors: DEAL_DOCUMENT_INVALID, DEAL_DOCUMENT_TOO_LARGE, DEAL_DOCUMENT_TYPE_NOT_ALLOWED.
 */
export function checkDocument(input: DocumentInput): { filename: string; type: keyof typeof DOCUMENT_TYPES } {
  const filename = cleanFilename(input.filename);
  if (filename.length === 0) throw fail('DEAL_DOCUMENT_INVALID', 'A document needs a file name.', { issues: [{ path: 'filename', message: 'Required.' }] });
  if ([...filename].length > DEAL_LIMITS.filename) {
    throw fail('DEAL_DOCUMENT_INVALID', `A file name may have at most ${DEAL_LIMITS.filename} characters.`, { issues: [{ path: 'filename', message: 'Too long.' }] });
  }
  if (input.content.length === 0) throw fail('DEAL_DOCUMENT_INVALID', 'The document is empty.', { issues: [{ path: 'content', message: 'Empty.' }] });
  if (input.content.length > DEAL_LIMITS.documentBytes) {
    throw fail('DEAL_DOCUMENT_TOO_LARGE', `A document may be at most ${DEAL_LIMITS.documentBytes} bytes; this one has ${input.content.length}.`, {
      max_bytes: DEAL_LIMITS.documentBytes,
    });
  }
  const type = detectDocumentType(input.content);
  if (!type) throw fail('DEAL_DOCUMENT_TYPE_NOT_ALLOWED', `The content is none of the allowed types (${ALLOWED}).`, { allowed: Object.keys(DOCUMENT_TYPES) });
  const expected = DOCUMENT_TYPES[type];
  const declared = bareMime(input.contentType ?? '');
  if (declared !== expected.mime) {
    throw fail('DEAL_DOCUMENT_TYPE_NOT_ALLOWED', `The content is ${type} (${expected.mime}) but was declared as ${declared.slice(0, 100) || 'nothing'}.`, {
      detected_type: type,
      expected_content_type: expected.mime,
    });
  }
  const ext = extensionOf(filename);
  if (!expected.extensions.includes(ext)) {
    throw fail('DEAL_DOCUMENT_TYPE_NOT_ALLOWED', `The content is ${type}; the file name should end in .${expected.extensions.join(' or .')}.`, {
      detected_type: type,
      extensions: expected.extensions,
    });
  }
  return { filename, type };
}

/**
 * Adds a document to an open deal, with its timeline event, in one transaction. The audit log
 * records the document's id, type and size, never its name or content.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND, DEAL_CLOSED and those of checkDocument.
 */
export async function addDealDocument(deps: DealDeps, actor: Actor, dealId: string, input: DocumentInput): Promise<DealDocument> {
  authorizeDealCall(actor, 'deal:act');
  if (actor.kind !== 'user') throw fail('DEAL_ACTION_FORBIDDEN', 'Only people can add documents to a deal.');
  const { filename, type } = checkDocument(input);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { deal, roles } = await loadVisible(tx.deals, actor, dealId);
    if (!canReadThread(actor, deal)) throw threadForbidden();
    if (!canWriteToThread(actor, deal)) throw closedDeal(deal.stage);
    const role = actingRole(roles);
    const doc: DealDocument = {
      id: deps.ids.newId(),
      dealId: deal.id,
      filename,
      contentType: DOCUMENT_TYPES[type].mime,
      documentType: type,
      sizeBytes: input.content.length,
      sha256: deps.digest(input.content),
      uploadedByUserId: actor.userId,
      uploadedByRole: role,
      createdAt: now,
    };
    await tx.documents.insert(doc, input.content);
    await tx.deals.appendEvent(
      eventOf(deps.ids.newId(), deal, actor, role, 'document_added', now, { document_id: doc.id, document_type: type, size_bytes: doc.sizeBytes }),
    );
    await tx.audit.record({
      actor,
      action: 'deal.document',
      entityType: 'deal_document',
      entityId: doc.id,
      at: now,
      // Name and content are named, never stored.
      summary: { changed: ['filename', 'content'], note: { deal_id: deal.id, document_type: type, size_bytes: doc.sizeBytes, sha256: doc.sha256 } },
    });
    return doc;
  });
}

/** The deal's documents (metadata), oldest first. Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND. */
export async function listDealDocuments(deps: Pick<DealDeps, 'deals' | 'documents'>, actor: Actor, dealId: string): Promise<DealDocument[]> {
  authorizeDealCall(actor, 'deal:read');
  const { deal } = await loadVisible(deps.deals, actor, dealId);
  if (!canReadThread(actor, deal)) throw threadForbidden();
  return deps.documents.list(deal.id);
}

/**
 * A document's metadata and bytes, for the deal's parties and brokers only.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND, DEAL_DOCUMENT_NOT_FOUND.
 */
export async function readDealDocument(
  deps: Pick<DealDeps, 'deals' | 'documents'>,
  actor: Actor,
  dealId: string,
  documentId: string,
): Promise<{ document: DealDocument; content: Uint8Array }> {
  authorizeDealCall(actor, 'deal:read');
  const { deal } = await loadVisible(deps.deals, actor, dealId);
  if (!canReadThread(actor, deal)) throw threadForbidden();
  const document = await deps.documents.findById(deal.id, documentId);
  const content = document ? await deps.documents.content(deal.id, documentId) : null;
  if (!document || !content) throw fail('DEAL_DOCUMENT_NOT_FOUND', 'No such document on this deal.', { id: documentId });
  return { document, content };
}
