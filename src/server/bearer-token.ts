import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Checks an `Authorization` header against the server's token in constant time. Both sides are
 * hashed first, so neither the comparison nor an early length check tells how close a guess was.
 */
export function createTokenCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
    // Hash something even when the header is malformed, so its absence takes the same time.
    const given = digest(m?.[1] ?? '');
    return timingSafeEqual(given, expected) && m !== null;
  };
}
