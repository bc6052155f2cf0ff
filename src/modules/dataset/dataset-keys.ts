import { parsePartialDate, PartialDate } from '../../common/partial-date';

export type Row = unknown[];

export function partial(text: string | undefined): PartialDate | null {
  return text ? parsePartialDate(text) : null;
}

/** Ids by natural key for one load; every lookup after validation is known to resolve. */
export class KeyMap {
  private readonly ids = new Map<string, number>();
  set(key: string, id: number) {
    this.ids.set(key, id);
  }
  get(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`unresolved key ${key}`);
    return id;
  }
  opt(key: string | undefined): number | null {
    return key === undefined ? null : this.get(key);
  }
  static from(ids: Map<string, number>): KeyMap {
    const map = new KeyMap();
    for (const [key, id] of ids) map.set(key, id);
    return map;
  }
}
