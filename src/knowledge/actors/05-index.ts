/**
 * @module knowledge/actors/05-index
 * Step 5: a trie over token keys — each node is reached by one more word of some alias, and holds
 * the alias records that end there. Matching walks it from every token (a word-level
 * Aho–Corasick without failure links: names are short, so restarting costs little).
 */
import type { AliasRecord } from './types.ts';

export interface TrieNode {
  next: Map<string, TrieNode>;
  records: AliasRecord[];
}

export function newNode(): TrieNode {
  return { next: new Map(), records: [] };
}

export function buildTrie(aliases: AliasRecord[]): { root: TrieNode; size: number } {
  const root = newNode();
  let size = 0;
  for (const r of aliases) {
    if (r.keys.length === 0) continue;
    let n = root;
    for (const k of r.keys) {
      let c = n.next.get(k);
      if (!c) {
        c = newNode();
        n.next.set(k, c);
        size++;
      }
      n = c;
    }
    // The same entry may list one form twice (e.g. canonical and alias): keep one record per kind.
    if (!n.records.some((x) => x.actorId === r.actorId && x.caseForm === r.caseForm && x.kind === r.kind)) n.records.push(r);
  }
  return { root, size };
}
