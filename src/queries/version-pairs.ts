import { getGuidelines, getOtherVersions, type SiteGuideline } from './guidelines.ts';
import { clauseAliases, versionChanges, type VersionRow } from '../lib/versions/changes.ts';
import { versionSlug } from '../lib/model/routes.ts';
import { memo } from './memo.ts';

/** Two versions of a guideline as the change pages show them: from the earlier to the later. */
export interface VersionPair {
  /** The current version (the guideline the site publishes). */
  current: SiteGuideline;
  /** The other version this page is about (earlier, or a draft of the next). */
  other: SiteGuideline;
  /** The earlier side: the other version, or the current one when the other is a draft. */
  from: SiteGuideline;
  /** The later side: the current version, or the draft. */
  to: SiteGuideline;
  /** All other versions of the guideline, for choosing another one. */
  others: SiteGuideline[];
  /** The address segment of the other version: /retningslinjer/<slug>/endringer/<version>/. */
  version: string;
  rows: VersionRow[];
}

// The reading page, both change pages, the Word revision and the feeds ask for the same pairs: each
// is computed once per build.
/** The change model's rows from one version of a guideline to another, computed once per build. */
export const changes = (from: SiteGuideline, to: SiteGuideline) =>
  memo(`changes\u0000${from.file}\u0000${to.file}`, async () => versionChanges(from.clauses, to.clauses));

/** Every current guideline paired with each of its other versions; a draft is the later side. */
export async function getVersionPairs(): Promise<VersionPair[]> {
  const result: VersionPair[] = [];
  for (const current of await getGuidelines()) {
    const others = await getOtherVersions(current.meta.slug);
    for (const other of others) {
      const [from, to] = other.meta.status === 'utkast' ? [current, other] : [other, current];
      result.push({
        current,
        other,
        from,
        to,
        others,
        version: versionSlug(other.meta.version),
        rows: await changes(from, to),
      });
    }
  }
  return result;
}

/** The old clause ids that lead into each clause of the current version (clause id → old ids), from every earlier version, newest first. */
export async function getAliases(current: SiteGuideline): Promise<Map<string, string[]>> {
  const aliases = new Map<string, string[]>();
  const seen = new Set(current.clauses.map((clause) => clause.id));
  for (const other of await getOtherVersions(current.meta.slug)) {
    if (other.meta.status === 'utkast') continue;
    for (const [id, old] of clauseAliases(await changes(other, current))) {
      const fresh = old.filter((alias) => !seen.has(alias));
      fresh.forEach((alias) => seen.add(alias));
      if (fresh.length > 0) aliases.set(id, [...(aliases.get(id) ?? []), ...fresh]);
    }
  }
  return aliases;
}
