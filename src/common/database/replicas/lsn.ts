/**
 * PostgreSQL WAL positions ("16/B374D848"): two hex halves of a 64-bit offset. Compared as
 * bigint, so a consistency token can be checked against a replica without asking the primary.
 */
const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function parseLsn(text: string): bigint | undefined {
  const match = LSN.exec(text.trim());
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export function formatLsn(value: bigint): string {
  const high = (value >> 32n).toString(16).toUpperCase();
  const low = (value & 0xffffffffn).toString(16).toUpperCase();
  return `${high}/${low}`;
}
