/**
 * Typed arrays as base64 text for the saved parts of the cross-report layer (little-endian, as
 * every platform Node runs on), and the zero-padded keys that keep saved batches in order.
 */

type Numeric = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
type NumericKind<T extends Numeric> = { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number };

/** A typed array → base64. */
export function encodeArray(a: Numeric): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** Base64 → a typed array of the given kind (copied, so it is aligned and owns its memory). */
export function decodeArray<T extends Numeric>(s: string, kind: NumericKind<T>): T {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.byteLength % kind.BYTES_PER_ELEMENT !== 0) throw new RangeError('saved array is not a whole number of elements');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new kind(copy);
}

/** Key of the `seq`-th saved batch under `prefix`: sorts as the batches came. */
export function seqKey(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(12, '0')}`;
}
