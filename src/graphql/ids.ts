const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether a client-given id can be a record's id (a lower-case UUID, as the API writes them). Ids
 * are uuid columns: anything else must be refused or answered as absent before it reaches SQL.
 */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
