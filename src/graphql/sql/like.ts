/**
 * `text` with the LIKE wildcards (`%`, `_`) and the escape character (backslash, PostgreSQL's default)
 * escaped, so it matches itself only: for every LIKE and ILIKE pattern built from client text.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
