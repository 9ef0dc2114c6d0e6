import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/domain-error.js';
import { normalizeRorId } from './ror-id.js';
import { validateOrganization } from './validate-organization.js';

describe('ROR ids', () => {
  it('accepts the id, the URL form and upper case, checking the checksum', () => {
    expect(normalizeRorId('https://ror.org/03cve4549')).toBe('03cve4549');
    expect(normalizeRorId('03CVE4549')).toBe('03cve4549');
    expect(normalizeRorId('03cve4548')).toBeNull();
    expect(normalizeRorId('13cve4549')).toBeNull();
  });
});

describe('validateOrganization', () => {
  it('needs a name in at least one language', () => {
    expect(validateOrganization({ nameZh: '深圳市某科技有限公司', type: 'enterprise', country: 'cn' }).country).toBe('CN');
    try {
      validateOrganization({ type: 'enterprise', country: 'CN' });
      throw new Error('no error');
    } catch (e) {
      expect((e as DomainError).code).toBe('ORGANIZATION_NAME_REQUIRED');
    }
  });

  it('adds a scheme to a bare website', () => {
    expect(validateOrganization({ name: 'X', type: 'other', country: 'DE', website: 'x.example.org' }).website).toBe('https://x.example.org');
  });
});
