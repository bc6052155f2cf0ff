interface Holder {
  name: string;
  from: number;
  to: number;
}

const SUFFIX = /\s+(?:Jr\.?|Sr\.?|II|III|IV|V|VI|VII|VIII)$/;
/** How many years around the records that name a person in full a surname alone may mean them. */
const YEARS = 2;

const lastWord = (name: string) => name.replace(SUFFIX, '').split(/\s+/).pop() ?? name;

/**
 * Full names the records give ("Prime Minister Benjamin Netanyahu" of Israel, 1996–2024), so that
 * a surname alone ("Prime Minister Netanyahu") can be read as that person: only when exactly one
 * holder of that office and side with that surname was named in full within two years of the
 * date. Indira and Rajiv Gandhi, both Prime Ministers of India, stay apart in the years between.
 */
export class SurnameIndex {
  private readonly holders = new Map<string, Holder[]>();

  add(side: string, title: string, name: string, date: string) {
    const key = `${side}|${title}|${lastWord(name)}`;
    const year = Number(date.slice(0, 4));
    const list = this.holders.get(key) ?? [];
    const holder = list.find((h) => h.name === name);
    if (holder) {
      holder.from = Math.min(holder.from, year);
      holder.to = Math.max(holder.to, year);
    } else list.push({ name, from: year, to: year });
    this.holders.set(key, list);
  }

  /** The one full name a surname stands for on `date`, if there is exactly one. */
  resolve(side: string, title: string, surname: string, date: string): string | undefined {
    const year = Number(date.slice(0, 4));
    const near = (this.holders.get(`${side}|${title}|${lastWord(surname)}`) ?? []).filter(
      (h) => h.from - YEARS <= year && year <= h.to + YEARS,
    );
    return near.length === 1 ? near[0].name : undefined;
  }
}
