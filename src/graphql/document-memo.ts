import type { DocumentNode } from 'graphql';

/** How many variable sets are remembered per document before its entries are dropped. */
const MAX_ENTRIES_PER_DOCUMENT = 256;

/**
 * Remembers what was worked out for an operation of a parsed document with given variables. Apollo
 * Server hands the same DocumentNode for the same query text (its document store), so a repeated
 * operation costs one lookup. Entries live as long as the document (a WeakMap) and are bounded per
 * document.
 */
export class DocumentMemo<T> {
  private readonly entries = new WeakMap<DocumentNode, Map<string, T>>();

  /** `partition` separates what differs by something other than the request (e.g. the caller's rights). */
  get(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => T,
    partition = '',
  ): T {
    let byKey = this.entries.get(document);
    if (!byKey) {
      byKey = new Map();
      this.entries.set(document, byKey);
    }
    const key = `${partition}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = compute();
    if (byKey.size >= MAX_ENTRIES_PER_DOCUMENT) byKey.clear();
    byKey.set(key, value);
    return value;
  }
}
