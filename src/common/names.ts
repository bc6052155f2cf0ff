/**
 * Names compared the way editors expect: letter case, accents and punctuation do not matter
 * ("Suh Byung-soo" = "suh byung soo", "Müller" = "Muller"). PGlite has no `unaccent`, so the folding is a
 * `translate()` with a table built here, the same on both back-ends; both sides of every
 * comparison go through the same SQL, so PostgreSQL's own `lower()` decides letter case.
 */
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ə: 'e',
  Ə: 'e',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
};

function stripMarks(text: string): string {
  return [...text.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => SPECIAL[c] ?? c).join('');
}

/** Accented Latin letters and the ASCII letter each folds to, as translate() arguments. */
export const FOLD_FROM_TO: [string, string] = (() => {
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const c = String.fromCodePoint(code);
    const folded = stripMarks(c).toLowerCase();
    if (/^[a-z]$/.test(folded)) {
      from += c;
      to += folded;
    }
  }
  for (const [c, folded] of Object.entries(SPECIAL)) {
    if (!from.includes(c)) {
      from += c;
      to += folded;
    }
  }
  return [from, to];
})();

/**
 * SQL folding `expr` for comparison; `from` and `to` are the placeholders bound to
 * FOLD_FROM_TO.
 */
export function foldSql(expr: string, from: string, to: string): string {
  return `btrim(regexp_replace(lower(translate(${expr}, ${from}, ${to})), '[\\s.,''\u2019()-]+', ' ', 'g'))`;
}

/** A kebab-case key from a name: "Jeyhun Bayramov" -> "jeyhun-bayramov". */
export function keyFromName(name: string, fallback: string): string {
  const key = stripMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 150)
    .replace(/-+$/, '');
  return key || fallback;
}
