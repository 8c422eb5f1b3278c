import type { Alignment } from './align.ts';
import type { Clause } from '../model/types.ts';

/**
 * Aligned clauses that belong together: the connected set of pairs around them (one clause against
 * one, one against several, several against several), or a clause only one side has. Every clause
 * with text stands in exactly one group, so a page that shows each group once shows each clause once.
 */
export interface AlignmentGroup {
  /** Clause ids of A, in document order (empty for a clause only B has). */
  a: string[];
  /** Clause ids of B, in document order (empty for a clause only A has). */
  b: string[];
  /** Indexes into the alignment's `pairs` of the pairs that join the group. */
  pairs: number[];
  /** The topic the group stands under: the first, in vocabulary order, of its pairs' topics, else of its clauses'. */
  topic: string | null;
  /** Other topics its pairs or clauses carry, in vocabulary order: their sections refer to the group. */
  alsoTopics: string[];
}

/** Groups an alignment's pairs into connected sets, in document order; clauses only one side has come after, alone. */
export function groupAlignment(
  alignment: Alignment,
  clausesA: ReadonlyArray<Clause>,
  clausesB: ReadonlyArray<Clause>,
  topicOrder: ReadonlyArray<string> = [],
): AlignmentGroup[] {
  // Union-find over the clauses of both sides, keyed "a:<id>" and "b:<id>".
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const join = (x: string, y: string) => {
    for (const key of [x, y]) if (!parent.has(key)) parent.set(key, key);
    parent.set(find(x), find(y));
  };
  alignment.pairs.forEach((pair) => join(`a:${pair.a}`, `b:${pair.b}`));

  const components = new Map<string, number[]>();
  alignment.pairs.forEach((pair, index) => {
    const root = find(`a:${pair.a}`);
    components.set(root, [...(components.get(root) ?? []), index]);
  });
  const orderA = new Map(clausesA.map((clause, index) => [clause.id, index]));
  const orderB = new Map(clausesB.map((clause, index) => [clause.id, index]));
  const topicsOf = new Map<string, ReadonlyArray<string>>([
    ...clausesA.map((clause) => [`a:${clause.id}`, clause.topics] as const),
    ...clausesB.map((clause) => [`b:${clause.id}`, clause.topics] as const),
  ]);
  const rank = (topic: string) => (topicOrder.includes(topic) ? topicOrder.indexOf(topic) : topicOrder.length);
  const byRank = (topics: Iterable<string>) => [...new Set(topics)].sort((x, y) => rank(x) - rank(y));

  const group = (a: string[], b: string[], pairs: number[]): AlignmentGroup => {
    const fromPairs = byRank(pairs.flatMap((index) => alignment.pairs[index]!.topic ?? []));
    const fromClauses = byRank(
      [...a.map((id) => `a:${id}`), ...b.map((id) => `b:${id}`)].flatMap((key) => topicsOf.get(key) ?? []),
    );
    const topic = fromPairs[0] ?? fromClauses[0] ?? null;
    return {
      a,
      b,
      pairs,
      topic,
      alsoTopics: byRank([...fromPairs, ...fromClauses]).filter((other) => other !== topic),
    };
  };
  const paired = [...components.values()].map((indexes) => {
    const pairs = indexes.map((index) => alignment.pairs[index]!);
    const a = [...new Set(pairs.map((pair) => pair.a))].sort((x, y) => orderA.get(x)! - orderA.get(y)!);
    const b = [...new Set(pairs.map((pair) => pair.b))].sort((x, y) => orderB.get(x)! - orderB.get(y)!);
    return group(a, b, indexes);
  });
  paired.sort((x, y) => orderA.get(x.a[0]!)! - orderA.get(y.a[0]!)! || orderB.get(x.b[0]!)! - orderB.get(y.b[0]!)!);
  return [
    ...paired,
    ...alignment.onlyA.map((id) => group([id], [], [])),
    ...alignment.onlyB.map((id) => group([], [id], [])),
  ];
}

/** A group as readable text for tests and the terminal: `punkt-1 + punkt-2 ~ punkt-3 [topic; also other]`. */
export function serialiseGroup(group: AlignmentGroup): string {
  const side = (ids: string[]) => (ids.length === 0 ? '–' : ids.join(' + '));
  const topics = [group.topic ?? 'uten tema', ...group.alsoTopics.map((topic) => `også ${topic}`)].join('; ');
  return `${side(group.a)} ~ ${side(group.b)} [${topics}]`;
}
