/** How every query and write compares a sector code: trimmed, in lower case. */
export function sectorCodeKey(code: string): string {
  return code.trim().toLowerCase();
}
