const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Normalizes a ROR id ('https://ror.org/03cve4549', 'ror.org/03CVE4549', '03cve4549') to its
 * 9-character form, or null when it is not a valid ROR id (format and ISO 7064 mod 97-10 checksum).
 */
export function normalizeRorId(raw: string): string | null {
  const m = /^(?:https?:\/\/)?(?:ror\.org\/)?(0[0-9a-hjkmnp-tv-z]{6}\d{2})$/i.exec(raw.trim());
  if (!m) return null;
  const id = m[1]!.toLowerCase();
  let n = 0n;
  for (const ch of id.slice(0, 7)) n = n * 32n + BigInt(CROCKFORD.indexOf(ch));
  const checksum = 98n - ((n * 100n) % 97n);
  return Number(id.slice(7)) === Number(checksum) ? id : null;
}
