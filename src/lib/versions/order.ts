/** What the order of versions is read from: status, whether it is the current one, its dates and label. */
export interface Dated {
  meta: {
    status: string;
    version: string;
    approved: { date: string } | null;
    lastUpdated: string | null;
  };
  current: boolean;
}

/** A version's date as its content gives it: its approval, else its last update; null where it gives neither. */
export const versionDate = ({ meta }: Dated) => meta.approved?.date ?? meta.lastUpdated ?? null;

/**
 * A guideline's versions in the order they were made: earlier versions by date (then label), the
 * current one, then drafts of the next.
 */
export function versionOrder<V extends Dated>(versions: ReadonlyArray<V>): V[] {
  const rank = (version: V) => (version.meta.status === 'utkast' ? 2 : version.current ? 1 : 0);
  return [...versions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (versionDate(a) ?? '').localeCompare(versionDate(b) ?? '') ||
      a.meta.version.localeCompare(b.meta.version, 'nb', { numeric: true }),
  );
}
