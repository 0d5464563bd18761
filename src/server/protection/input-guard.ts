import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { refusalExtensions } from './limit-error';

/** Documents already found free of NUL (Apollo Server reuses a parsed document for the same text). */
const checkedDocuments = new WeakSet<DocumentNode>();

/** Deepest nesting of objects and lists a request's variables may have (a `where` needs about 10). */
export const MAX_INPUT_DEPTH = 32;

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: refusalExtensions('BAD_USER_INPUT') });
}

/**
 * Input no resolver could use, refused before graphql-js coerces it: variables nested so deep that
 * coercing them would overflow the stack, and text with the NUL character, which PostgreSQL cannot
 * store or compare (it fails the statement). The walk is iterative, so it cannot overflow itself.
 */
export function checkInput(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const stack: { value: unknown; depth: number }[] = [{ value: variables ?? {}, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\0')) throw refuse('Variables may not contain the NUL character (U+0000).');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_INPUT_DEPTH) throw refuse(`Variables nest deeper than ${MAX_INPUT_DEPTH} levels.`);
      for (const item of Array.isArray(value) ? value : Object.values(value))
        stack.push({ value: item, depth: depth + 1 });
    }
  }
  if (checkedDocuments.has(document)) return;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\0')) throw refuse('Text may not contain the NUL character (U+0000).');
    },
  });
  checkedDocuments.add(document);
}
