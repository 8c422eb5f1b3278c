// The reader's own region, kept in this browser only (localStorage; nothing leaves the machine).
// Small on purpose: the reading page loads it on every visit.

/** A remembered region: its guideline's slug, its short name and its sub-agreement ('' for none). */
export interface OwnRegion {
  slug: string;
  name: string;
  agreement: string;
}

/** The localStorage key of the remembered region. */
const KEY = 'ikt-retningslinjer:region';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The region the reader remembered, or null (none, no storage, or a value this version cannot read). */
export function rememberedRegion(): OwnRegion | null {
  try {
    const region = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<OwnRegion> | null;
    return typeof region?.slug === 'string' && typeof region.name === 'string'
      ? { slug: region.slug, name: region.name, agreement: String(region.agreement ?? '') }
      : null;
  } catch {
    return null;
  }
}

/** Remembers a region (or forgets it, with null); false when the browser keeps nothing. */
export function rememberRegion(region: OwnRegion | null): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (region === null) store.removeItem(KEY);
    else store.setItem(KEY, JSON.stringify(region));
    return true;
  } catch {
    return false;
  }
}
