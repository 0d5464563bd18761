import type { EntityClass } from '@mikro-orm/core';
import { IsInt, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../context';
import { Cost, WEIGHTS } from '../demand';
import { badField } from '../errors';
import { actorOf, writeAudit } from './audit';
import { describeWrite } from './described';
import { claimKey, IDEMPOTENCY_KEY, inputHash, storeKey, type KeyUse } from './idempotency';
import { assertWriter } from './rights';
import { IsRecordId, validateInput, type FieldProblem } from './validation';
import { Writes, type Cascade, type Values } from './writes';

/*
 * The one way a mutation runs (README, Writes). A mutation field is ONE transaction:
 *   1. the caller may write at all (rights.ts), before any SQL;
 *   2. its input is valid (class-validator on the input class; BAD_USER_INPUT with the field's path);
 *   3. in the transaction: the idempotency key (creates), then the mutation's writes through Writes
 *      (references, rights per row, domain rules, locks and versions), the audit trail of every row
 *      written (audit.ts), the key's result;
 *   4. after it, the request's loader caches and identity map are emptied, so that reads later in the
 *      same request (the payload, later root fields) see the write.
 * Anything thrown rolls the whole transaction back: nothing of a refused or failed mutation is left.
 */

/** The result of a mutation: the record's id, and whether an idempotent retry returned a former result. */
export interface Written {
  id: string;
  replayed: boolean;
}

/** Test-only: runs inside the transaction after the writes, before the audit (a failure injected there). */
let beforeCommitHook: ((writes: Writes) => Promise<void>) | undefined;
export function setBeforeCommitHookForTests(hook: ((writes: Writes) => Promise<void>) | undefined): void {
  beforeCommitHook = hook;
}

/** Where the test hook runs: after a transaction's writes, before its audit (mutations and imports alike). */
export async function beforeCommit(writes: Writes): Promise<void> {
  await beforeCommitHook?.(writes);
}

export interface MutationCall<I extends object> {
  ctx: Context;
  info: GraphQLResolveInfo;
  input: I;
  /** Creates only: the client's key; the same key and input again returns the first result. */
  idempotencyKey?: string | null;
}

export async function runMutation<I extends object>(
  call: MutationCall<I>,
  work: (writes: Writes, input: I) => Promise<string>,
): Promise<Written> {
  const { ctx, info, input } = call;
  const field = info.fieldName;
  assertWriter(ctx.viewer);
  await validateInput('input', input);
  let key: KeyUse | undefined;
  if (call.idempotencyKey !== undefined && call.idempotencyKey !== null) {
    if (!IDEMPOTENCY_KEY.test(call.idempotencyKey)) {
      throw badField('idempotencyKey', 'must be 1 to 200 letters, digits or `.:_-`');
    }
    const subject = ctx.viewer.subject ?? `${ctx.viewer.role}:${ctx.viewer.org ?? ''}`;
    key = { subject, key: call.idempotencyKey, mutation: field, hash: inputHash(field, input) };
  }
  const actor = actorOf(ctx.viewer, field, { operationName: info.operation.name?.value, requestId: ctx.requestId });
  try {
    return await ctx.em.transactional(async (em) => {
      const first = key ? await claimKey(em, key) : null;
      if (first) return { id: first, replayed: true };
      const writes = new Writes(em, ctx.viewer);
      const id = await work(writes, input);
      await beforeCommit(writes);
      await writeAudit(em, actor, writes.changes);
      if (key) await storeKey(em, key, id);
      return { id, replayed: false };
    });
  } finally {
    ctx.loaders.clearAll();
    ctx.em.clear();
  }
}

/**
 * `{ id, version }` of the record to change or remove: the version is the one the client read. Every
 * update input extends it with the fields it may change.
 */
@InputType('RecordVersionInput', { description: 'A record to remove, at the version the client read.' })
export class RecordVersionInput {
  @Field(() => ID, { description: 'The record.' })
  @IsRecordId()
  id!: string;

  @Field(() => Int, { description: 'Its `version` as read; a newer one in the database is a CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}

@ObjectType('RemovalPayload', { description: 'What a removal removed.' })
@Directive('@shareable')
export class RemovalPayload {
  @Field(() => ID, { description: 'The id of the record removed.' })
  id!: string;
}

/** The base of every update input: the record and the version the client read. */
export interface VersionedInput {
  id: string;
  version: number;
}

const payloads = new Map<string, ClassType>();

/** `<Type>Payload { <field>: Type, replayed }`: what a create or update of a record answers. */
export function payloadOf(entity: ClassType, field: string): ClassType {
  const name = `${entity.name}Payload`;
  const known = payloads.get(name);
  if (known) return known;
  @ObjectType(name, { description: `The ${field} a mutation created or changed.` })
  class Payload {
    @Field(() => entity, {
      nullable: true,
      description: `The ${field} as it is after the mutation (null only when a retried create's record has since been removed).`,
    })
    [field]!: unknown;

    @Field({
      description:
        'True when this answers a retry: the idempotency key was used before with the same input, and nothing new was written.',
    })
    replayed!: boolean;
  }
  payloads.set(name, Payload);
  return Payload;
}

/** The payload of a written record, read through the request's (emptied) loaders. */
export function answer(ctx: Context, entity: ClassType & EntityClass<object>, field: string, written: Written) {
  return { [field]: ctx.loaders.one(entity).load(written.id), replayed: written.replayed };
}

/** A list of children created with their parent: the input field → the child entity and its relation to the parent. */
export interface Children {
  [inputField: string]: { entity: EntityClass<object>; parent: string };
}

export interface RecordMutationOptions<C extends object, U extends VersionedInput> {
  /** The payload's field, e.g. "activity". */
  field: string;
  create?: {
    name: string;
    description: string;
    input: ClassType<C>;
    children?: Children;
    /** Instead of creating the record and its children from the input as it is. */
    write?: (writes: Writes, input: C) => Promise<string>;
  };
  update?: { name: string; description: string; input: ClassType<U> };
  remove?: { name: string; description: string; cascade?: Cascade[] };
}

/** Creates a record from its input, then each list of children (one INSERT per list). */
export async function createWithChildren(
  writes: Writes,
  entity: EntityClass<object>,
  input: object,
  children: Children = {},
): Promise<string> {
  const values: Values = { ...input };
  for (const key of Object.keys(children)) delete values[key];
  const items = (key: string) => ((input as Values)[key] as Values[] | null | undefined) ?? [];
  // The children's references are checked first, so that one refusal names their problems and the record's.
  const childProblems: FieldProblem[] = [];
  for (const [key, child] of Object.entries(children)) {
    const rows = items(key).map((item, index) => ({ values: item, path: `input.${key}[${index}]` }));
    childProblems.push(...(await writes.referenceProblems(child.entity, rows, child.parent)));
  }
  const [id] = await writes.create(entity, [{ values, path: 'input' }], childProblems);
  for (const [key, child] of Object.entries(children)) {
    await writes.create(
      child.entity,
      items(key).map((item, index) => ({
        values: { ...item, [`${child.parent}Id`]: id },
        path: `input.${key}[${index}]`,
      })),
    );
  }
  return id!;
}

const KEY_DESCRIPTION =
  'A key of your choosing (1–200 of `A-Za-z0-9.:_-`, e.g. a UUID) that makes a retry safe: the same key with the same input returns the first result instead of creating another record; with other input it is IDEMPOTENCY_KEY_REUSED.';

/**
 * The create, update and remove mutations of one record type, declared once here (as entityQueries
 * declares the reads) and inherited by the type's mutation resolver: `createX(input, idempotencyKey)`,
 * `updateX(input: { id, version, …changes })`, `removeX(input: { id, version })`, all through
 * runMutation and Writes.
 */
export function recordMutations<T extends object, C extends object, U extends VersionedInput>(
  entity: ClassType<T> & EntityClass<T>,
  options: RecordMutationOptions<C, U>,
) {
  const Payload = payloadOf(entity, options.field);

  @Resolver()
  abstract class RecordMutations {
    async create(input: C, idempotencyKey: string | null | undefined, ctx: Context, info: GraphQLResolveInfo) {
      const spec = options.create!;
      const written = await runMutation({ ctx, info, input, idempotencyKey }, (writes, valid) =>
        spec.write ? spec.write(writes, valid) : createWithChildren(writes, entity, valid, spec.children),
      );
      return answer(ctx, entity, options.field, written);
    }

    async update(input: U, ctx: Context, info: GraphQLResolveInfo) {
      const written = await runMutation({ ctx, info, input }, async (writes, valid) => {
        await writes.update(entity, valid.id, valid.version, valid as unknown as Values, 'input');
        return valid.id;
      });
      return answer(ctx, entity, options.field, written);
    }

    async remove(input: RecordVersionInput, ctx: Context, info: GraphQLResolveInfo): Promise<RemovalPayload> {
      await runMutation({ ctx, info, input }, async (writes, valid) => {
        await writes.remove(entity, valid.id, valid.version, 'input', options.remove?.cascade);
        return valid.id;
      });
      return { id: input.id };
    }
  }

  // Decorators applied as functions, so that names, inputs and descriptions follow the options.
  const proto = RecordMutations.prototype;
  // Each states its rights in words generated from the entity's write rules (described.ts).
  const children = Object.values(options.create?.children ?? {}).map((child) => child.entity);
  const declare = (method: 'create' | 'update' | 'remove', returns: ClassType, name: string, description: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, method)!;
    describeWrite(name, { entity, action: method, with: method === 'create' ? children : undefined });
    Mutation(() => returns, { name, nullable: true, description })(proto, method, descriptor);
    Cost(WEIGHTS.mutation)(proto, method, descriptor);
  };
  const input = (method: 'create' | 'update' | 'remove', type: ClassType, description: string) =>
    Arg('input', () => type, { description })(proto, method, 0);
  if (options.create) {
    declare('create', Payload, options.create.name, options.create.description);
    input('create', options.create.input, `The ${options.field} to create.`);
    Arg('idempotencyKey', () => String, { nullable: true, description: KEY_DESCRIPTION })(proto, 'create', 1);
    Ctx()(proto, 'create', 2);
    Info()(proto, 'create', 3);
  }
  if (options.update) {
    declare('update', Payload, options.update.name, options.update.description);
    input('update', options.update.input, `The ${options.field}, the version read and the fields to change.`);
    Ctx()(proto, 'update', 1);
    Info()(proto, 'update', 2);
  }
  if (options.remove) {
    declare('remove', RemovalPayload, options.remove.name, options.remove.description);
    input('remove', RecordVersionInput, `The ${options.field} to remove and the version read.`);
    Ctx()(proto, 'remove', 1);
    Info()(proto, 'remove', 2);
  }
  return RecordMutations;
}
