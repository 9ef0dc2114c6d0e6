import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDocumentType, zipEntryNames } from './document-type.js';
import { checkDocument } from './add-deal-document.js';
import { ooxmlOf, zipOf } from '../../../test/support/zip.js';

const ooxml = ooxmlOf;

describe('document type detection', () => {
  it('recognizes each allowed type by its bytes', () => {
    const enc = new TextEncoder();
    expect(detectDocumentType(enc.encode('%PDF-1.4\n%…'))).toBe('pdf');
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('png');
    expect(detectDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpeg');
    expect(detectDocumentType(ooxml('word'))).toBe('docx');
    expect(detectDocumentType(ooxml('xl'))).toBe('xlsx');
    expect(detectDocumentType(ooxml('ppt'))).toBe('pptx');
    expect(detectDocumentType(enc.encode('会议纪要\r\nMinutes of the call\tok\n'))).toBe('txt');
  });

  it('refuses executables, plain ZIPs, binary data and invalid UTF-8', () => {
    expect(detectDocumentType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBeNull();
    expect(detectDocumentType(zipOf({ 'payload.exe': 'MZ' }))).toBeNull();
    expect(detectDocumentType(zipOf({ '[Content_Types].xml': '<Types/>', 'evil/x.bin': '' }))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x61, 0x00, 0x62]))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(detectDocumentType(new Uint8Array([]))).toBeNull();
  });

  it('reads ZIP entry names from the central directory', () => {
    expect(zipEntryNames(zipOf({ 'a.txt': 'x', 'dir/b.xml': 'yy' }))).toEqual(['a.txt', 'dir/b.xml']);
    expect(zipEntryNames(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, asZip) => {
        const b = asZip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes, 0x50, 0x4b, 0x05, 0x06, ...bytes.slice(0, 18)]) : bytes;
        const t = detectDocumentType(b);
        expect(t === null || ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'txt'].includes(t)).toBe(true);
      }),
    );
  });

  it('checks the declared content type and the file extension against the bytes', () => {
    const docx = ooxml('word');
    const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(checkDocument({ filename: 'Term sheet.DOCX', contentType: docxMime, content: docx })).toEqual({ filename: 'Term sheet.DOCX', type: 'docx' });
    expect(checkDocument({ filename: 'photo.jpg', contentType: 'image/jpeg', content: new Uint8Array([0xff, 0xd8, 0xff, 0xdb]) }).type).toBe('jpeg');
    expect(checkDocument({ filename: 'notes.txt', contentType: 'text/plain; charset=utf-8', content: new TextEncoder().encode('hello') }).type).toBe('txt');
    expect(() => checkDocument({ filename: 'Term sheet.pdf', contentType: docxMime, content: docx })).toThrow(/should end in \.docx/);
    expect(() => checkDocument({ filename: 'Term sheet.docx', contentType: 'application/pdf', content: docx })).toThrow(/declared as application\/pdf/);
    expect(() => checkDocument({ filename: '', contentType: 'text/plain', content: new TextEncoder().encode('x') })).toThrow(/file name/);
  });
});
