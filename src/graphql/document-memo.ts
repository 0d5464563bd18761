import { createHash } from 'node:crypto';
import { Kind, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Longest key part kept as text; longer variable sets are keyed by their SHA-256. */
const MAX_PLAIN_VARIABLES = 256;

export interface MemoOptions<T> {
  /** Entries at most. */
  maxEntries?: number;
  /** Bytes at most, as `sizeOf` counts them (keys included). */
  maxBytes?: number;
  /** Approximate bytes an entry's value holds. */
  sizeOf?: (value: T) => number;
}

/**
 * Remembers what was worked out for an operation of a parsed document with given variables. Apollo
 * Server hands the same DocumentNode for the same query text (its document store), so a repeated
 * operation costs one lookup.
 *
 * The key holds only the variables the operation declares (the others cannot change what it does, and
 * a caller can send megabytes of them), as text when short and as a hash when long; the memo is one
 * LRU bounded in entries and in bytes, so no sequence of requests makes it hold more than `maxBytes`.
 */
export class DocumentMemo<T> {
  private readonly ids = new WeakMap<DocumentNode, number>();
  private nextId = 0;
  private readonly entries: LRUCache<string, { value: T }>;

  constructor(options: MemoOptions<T> = {}) {
    const sizeOf = options.sizeOf ?? (() => 16);
    this.entries = new LRUCache<string, { value: T }>({
      max: options.maxEntries ?? 5_000,
      maxSize: options.maxBytes ?? 16_000_000,
      sizeCalculation: (entry, key) => Math.max(1, key.length + sizeOf(entry.value)),
    });
  }

  /** `partition` separates what differs by something other than the request (e.g. the caller's rights). */
  get(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => T,
    partition = '',
    /** variablesKey(document, operationName, variables), when the caller has it already. */
    knownKey?: string,
  ): T {
    const key = `${this.idOf(document)}\u0000${partition}\u0000${operationName ?? ''}\u0000${knownKey ?? variablesKey(document, operationName, variables)}`;
    const known = this.entries.get(key);
    if (known) return known.value;
    const value = compute();
    this.entries.set(key, { value });
    return value;
  }

  /** Bytes held now (as counted), for tests. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  private idOf(document: DocumentNode): number {
    let id = this.ids.get(document);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(document, id);
    }
    return id;
  }
}

/** The last key made of a request's variables (the cost memo and the compiler ask for the same one). */
const lastKeys = new WeakMap<
  object,
  { document: DocumentNode; operationName: string | null | undefined; key: string }
>();

/** The declared variables' values (those sent, by name), short as text, long as their SHA-256. */
export function variablesKey(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  if (!variables) return '{}';
  const last = lastKeys.get(variables);
  if (last && last.document === document && last.operationName === operationName) return last.key;
  const key = makeVariablesKey(document, operationName, variables);
  lastKeys.set(variables, { document, operationName, key });
  return key;
}

function makeVariablesKey(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): string {
  const declared: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      if (Object.hasOwn(variables, name)) declared[name] = variables[name];
    }
    break;
  }
  const text = JSON.stringify(declared);
  return text.length <= MAX_PLAIN_VARIABLES ? text : `#${createHash('sha256').update(text).digest('base64')}`;
}
