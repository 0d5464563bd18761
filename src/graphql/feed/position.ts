import { badInput } from '../errors';
import { isId } from '../ids';

/*
 * A feed position: the writing transaction's id (xid8) and the change's id (UUIDv7), in that order.
 * Clients see it as an opaque string; the text is `<tx>.<id>`. Positions compare as the feed orders.
 */
export interface Position {
  /** xid8 as decimal text (64 bits: kept as a string). */
  tx: string;
  id: string;
}

const NIL_ID = '00000000-0000-0000-0000-000000000000';
const TX = /^\d{1,20}$/;

export function encodePosition(position: Position): string {
  return `${position.tx}.${position.id}`;
}

/** The position before every change of transaction `tx` and after every change of earlier ones. */
export function beforeTransaction(tx: string): Position {
  return { tx, id: NIL_ID };
}

/** Decodes a client's position, refusing anything that is not one (BAD_USER_INPUT at `argument`). */
export function decodePosition(argument: string, text: string): Position {
  const dot = text.indexOf('.');
  const tx = text.slice(0, dot);
  const id = text.slice(dot + 1);
  if (dot < 0 || text.length > 60 || !TX.test(tx) || !isId(id)) {
    throw badInput(argument, 'is not a feed position (the `position` of a change event)');
  }
  return { tx, id };
}

/** -1, 0 or 1 as `a` comes before, at or after `b` in feed order. */
export function comparePositions(a: Position, b: Position): number {
  if (a.tx !== b.tx) {
    const x = BigInt(a.tx);
    const y = BigInt(b.tx);
    return x < y ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
