import { GraphQLJSONObject } from 'graphql-scalars';
import { v7 as uuidv7 } from 'uuid';
import {
  Arg,
  Ctx,
  Field,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { sql } from '../../db/sql';
import { query, type Database } from '../../db/statements';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../context';
import { badField, forbidden, notFound } from '../errors';
import { entryFilter, ChangeStreamFilter } from '../feed/types';
import { isId } from '../ids';
import { actorOf, AuditAction } from '../mutations/audit';
import { nonPublicTarget } from './addresses';
import { newSecret } from './signature';

/*
 * Webhooks for partner systems that hold no connection (issue 23 item 3): the ministry and the
 * organisation roles register endpoints with a filter like the subscription's; the deliveries
 * (src/server/webhooks) carry the changes in the owner's reach, signed with the endpoint's secret.
 * An organisation sees and manages its own endpoints (whichever of its tokens registered them); the
 * ministry sees every one.
 */

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  FAILING = 'FAILING',
}
registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'Whether deliveries to an endpoint succeed.',
  valuesConfig: {
    ACTIVE: { description: 'Deliveries succeed (or none has been parked since the last success).' },
    FAILING: { description: 'A delivery was parked after every retry failed; a later success makes it ACTIVE again.' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  PARKED = 'PARKED',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: due at `nextAt` (retried with exponential backoff and jitter).' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    PARKED: { description: 'Every attempt failed; it waits for `redeliverWebhook`.' },
  },
});

@ObjectType({ description: 'An endpoint changes are sent to (Standard Webhooks signatures).' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint id.' })
  id!: string;

  @Field({ description: 'Where deliveries are POSTed.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, in the owner’s words.' })
  description?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The filter it was registered with (a ChangeStreamFilter).' })
  where!: Record<string, unknown>;

  @Field(() => WebhookStatus, { description: 'Whether deliveries succeed.' })
  status!: WebhookStatus;

  @Field(() => Date, { nullable: true, description: 'Since when it is failing.' })
  failingSince?: Date | null;

  @Field({ description: 'The role of the organisation that owns it.' })
  ownerRole!: string;

  @Field(() => String, { nullable: true, description: 'The organisation that owns it (its code).' })
  ownerOrg?: string | null;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A registered endpoint and its signing secret, shown this once.' })
export class RegisteredWebhook {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field({
    description:
      'The signing secret (`whsec_…`): verify `webhook-signature` with it (Standard Webhooks). It is not shown again.',
  })
  secret!: string;
}

@ObjectType({ description: 'One change sent (or to be sent) to one endpoint: the delivery log.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery id: the `webhook-id` header, the same on every retry.' })
  id!: string;

  @Field(() => ID, { description: 'The change (its audit row).' })
  changeId!: string;

  @Field({ description: 'The change’s position in the feed.' })
  position!: string;

  @Field(() => GraphQLJSONObject, { description: 'The body sent.' })
  payload!: Record<string, unknown>;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made.' })
  attempts!: number;

  @Field(() => Date, { description: 'When it is (or was) due next.' })
  nextAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if any.' })
  lastStatus?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  deliveredAt?: Date | null;
}

@InputType({ description: 'An endpoint to register.' })
export class RegisterWebhookInput {
  @Field({ description: 'An http(s) URL that accepts POSTs (at most 2,048 characters).' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 500 characters).' })
  description?: string | null;

  @Field(() => ChangeStreamFilter, { nullable: true, description: 'Which changes (all in reach when absent).' })
  where?: ChangeStreamFilter | null;
}

/** Endpoints one organisation may hold. */
export const MAX_ENDPOINTS = 20;
const OWNERS = new Set<Viewer['role']>(['ministry_admin', 'university', 'county', 'committee']);

function owner(viewer: Viewer): { role: string; org: string | null } {
  if (!OWNERS.has(viewer.role)) throw forbidden(`The role ${viewer.role} registers no webhooks.`);
  if (viewer.role !== 'ministry_admin' && !viewer.org)
    throw forbidden(`A ${viewer.role} token must name its organisation (org).`);
  return { role: viewer.role, org: viewer.role === 'ministry_admin' ? null : viewer.org };
}

/** The endpoints the viewer manages, as SQL (the ministry: all). */
function mine(viewer: Viewer) {
  const who = owner(viewer);
  return viewer.role === 'ministry_admin' ? sql`true` : sql`e.owner_role = ${who.role} and e.owner_org = ${who.org}`;
}

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  filter: Record<string, unknown>;
  status: WebhookStatus;
  failing_since: Date | null;
  owner_role: string;
  owner_org: string | null;
  created_at: Date;
}

const endpointOf = (row: EndpointRow): WebhookEndpoint =>
  Object.assign(new WebhookEndpoint(), {
    id: row.id,
    url: row.url,
    description: row.description,
    where: row.filter,
    status: row.status,
    failingSince: row.failing_since,
    ownerRole: row.owner_role,
    ownerOrg: row.owner_org,
    createdAt: row.created_at,
  });

interface DeliveryRow {
  id: string;
  change_id: string;
  position: string;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  next_at: Date;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
}

const deliveryOf = (row: DeliveryRow): WebhookDelivery =>
  Object.assign(new WebhookDelivery(), {
    id: row.id,
    changeId: row.change_id,
    position: row.position,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAt: row.next_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
  });

/** The audited webhook records: their type in the trail, their table. Secrets never enter the trail. */
const AUDITED = {
  WebhookEndpoint: sql.ident('audit', 'webhook_endpoint'),
  WebhookDelivery: sql.ident('audit', 'webhook_delivery'),
} as const;

/**
 * The audit row of a webhook write, in its transaction, as every write leaves one (who, through what,
 * the row before and after, without the signing secret): managing endpoints is in the trail and the
 * feed like any other change.
 */
async function audit(
  em: EntityManager,
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: keyof typeof AUDITED,
  recordId: string,
  action: AuditAction,
  before: Record<string, unknown> | null,
): Promise<void> {
  const actor = actorOf(ctx.viewer, info.fieldName, {
    operationName: info.operation.name?.value,
    requestId: ctx.requestId,
  });
  const after =
    action === AuditAction.DELETE
      ? sql`null::jsonb`
      : sql`(select to_jsonb(t) - 'secret' from ${AUDITED[entity]} t where t.id = ${recordId}::uuid)`;
  await query(
    em,
    sql`insert into audit.change (id, subject, role, org, operation_name, request_id, mutation, entity, record_id, action, before, after)
        values (${uuidv7()}::uuid, ${actor.subject}, ${actor.role}, ${actor.org}, ${actor.operationName}, ${actor.requestId},
                ${actor.mutation}, ${entity}, ${recordId}::uuid, ${action}, ${before === null ? null : JSON.stringify(before)}::jsonb,
                ${after})`,
  );
}

/**
 * One record the caller's write is about, locked, as it was (without the secret): undefined when
 * there is none; FORBIDDEN when it belongs to another organisation (as any write on a record outside
 * the writer's rights).
 */
async function ownedRow(
  on: EntityManager | Database,
  viewer: Viewer,
  entity: keyof typeof AUDITED,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const endpoint = entity === 'WebhookEndpoint' ? sql`r.id` : sql`r.endpoint_id`;
  const [row] = await query<{ row: Record<string, unknown>; mine: boolean }>(
    on,
    sql`select to_jsonb(r) - 'secret' as row, ${mine(viewer)} as mine
          from ${AUDITED[entity]} r join audit.webhook_endpoint e on e.id = ${endpoint}
         where r.id = ${id}::uuid for update of r`,
  );
  if (!row) return undefined;
  if (!row.mine) throw forbidden(`This ${entity} belongs to another organisation.`);
  return row.row;
}

const DELIVERY_COLUMNS = sql`d.id, d.change_id, d.position, d.payload, d.status, d.attempts, d.next_at, d.last_status, d.last_error, d.delivered_at`;

@Resolver()
export class WebhookResolver {
  @Mutation(() => RegisteredWebhook, {
    description: `Registers an endpoint for the changes in the caller's reach that match \`where\` (the same reach and filter as the \`changes\` subscription). Each is POSTed with the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature: v1 HMAC-SHA256 with the secret returned here, once), at least once, retried with exponential backoff and jitter, then parked with the endpoint marked FAILING. Rights: ministry_admin, and university, county and committee tokens for their organisation (at most ${MAX_ENDPOINTS} endpoints each).`,
  })
  async registerWebhook(
    @Arg('input', () => RegisterWebhookInput, {
      description: 'The endpoint: its URL, a description, and which changes it receives.',
    })
    input: RegisterWebhookInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegisteredWebhook> {
    const who = owner(ctx.viewer);
    if (input.url.length > 2048) throw badField('input.url', 'is longer than 2,048 characters');
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw badField('input.url', 'is not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badField('input.url', 'must be http or https');
    if (url.username || url.password) throw badField('input.url', 'must not carry credentials');
    // Refused now, not only when sending: a partner learns at once that the ministry's servers will not call it.
    const inner = ctx.allowPrivateWebhooks ? undefined : await nonPublicTarget(url);
    if (inner) {
      throw badField('input.url', `must be a public address (${inner})`, { reason: 'NON_PUBLIC_ADDRESS' });
    }
    if (input.description && input.description.length > 500)
      throw badField('input.description', 'is longer than 500 characters');
    entryFilter(input.where, 'input.where'); // checked now, kept as given
    const secret = newSecret();
    const id = uuidv7();
    const rows = await ctx.em.transactional(async (em) => {
      const [{ count }] = (await query<{ count: number }>(
        em,
        sql`select count(*)::int as count from audit.webhook_endpoint
             where owner_role = ${who.role} and owner_org is not distinct from ${who.org}`,
      )) as [{ count: number }];
      if (count >= MAX_ENDPOINTS) throw badField('input', `this organisation already has ${MAX_ENDPOINTS} endpoints`);
      const inserted = await query<EndpointRow>(
        em,
        sql`insert into audit.webhook_endpoint (id, url, description, owner_role, owner_org, owner_subject, secret, filter)
            values (${id}::uuid, ${url.toString()}, ${input.description ?? null}, ${who.role}, ${who.org},
                    ${ctx.viewer.subject ?? ''}, ${secret}, ${JSON.stringify(input.where ?? {})}::jsonb)
            returning *`,
      );
      await audit(em, ctx, info, 'WebhookEndpoint', id, AuditAction.CREATE, null);
      return inserted;
    });
    return Object.assign(new RegisteredWebhook(), { endpoint: endpointOf(rows[0]!), secret });
  }

  @Mutation(() => ID, {
    description:
      'Removes an endpoint of the caller’s organisation (the ministry: any) with its delivery log; returns its id.',
  })
  async deleteWebhook(
    @Arg('id', () => ID, { description: 'The endpoint id.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string> {
    owner(ctx.viewer);
    if (!isId(id)) throw badField('id', 'is not an id');
    await ctx.em.transactional(async (em) => {
      const before = await ownedRow(em, ctx.viewer, 'WebhookEndpoint', id);
      if (!before) throw notFound('WebhookEndpoint', id);
      await query(em, sql`delete from audit.webhook_endpoint where id = ${id}::uuid`);
      await audit(em, ctx, info, 'WebhookEndpoint', id, AuditAction.DELETE, before);
    });
    return id;
  }

  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a delivery again (a parked one, or any other): it is due at once, its attempts counted from zero.',
  })
  async redeliverWebhook(
    @Arg('id', () => ID, { description: 'The delivery id.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WebhookDelivery> {
    owner(ctx.viewer);
    if (!isId(id)) throw badField('id', 'is not an id');
    const rows = await ctx.em.transactional(async (em) => {
      const before = await ownedRow(em, ctx.viewer, 'WebhookDelivery', id);
      if (!before) throw notFound('WebhookDelivery', id);
      const updated = await query<DeliveryRow>(
        em,
        sql`update audit.webhook_delivery d set status = 'PENDING', attempts = 0, next_at = now(), lease_until = null
             where d.id = ${id}::uuid
         returning ${DELIVERY_COLUMNS}`,
      );
      await audit(em, ctx, info, 'WebhookDelivery', id, AuditAction.UPDATE, before);
      return updated;
    });
    return deliveryOf(rows[0]!);
  }

  @Query(() => [WebhookEndpoint], {
    description:
      'The endpoints of the caller’s organisation (the ministry: every one), newest first. Secrets are never shown again.',
  })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    const rows = await query<EndpointRow>(
      ctx.em,
      sql`select e.* from audit.webhook_endpoint e where ${mine(ctx.viewer)} order by e.id desc limit 1000`,
    );
    return rows.map(endpointOf);
  }

  @Query(() => [WebhookDelivery], {
    description:
      'The delivery log of one endpoint, newest first, a page at a time (`after`: the last id of the previous page).',
  })
  async webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint id.' }) endpointId: string,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
    status: DeliveryStatus | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many (1 to 100).' }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'After this delivery id.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery[]> {
    if (!isId(endpointId)) throw badField('endpointId', 'is not an id');
    if (after && !isId(after)) throw badField('after', 'is not an id');
    if (first < 1 || first > 100) throw badField('first', 'must be between 1 and 100');
    const rows = await query<DeliveryRow>(
      ctx.em,
      sql`select ${DELIVERY_COLUMNS} from audit.webhook_delivery d join audit.webhook_endpoint e on e.id = d.endpoint_id
           where d.endpoint_id = ${endpointId}::uuid and ${mine(ctx.viewer)}
             and (${status}::text is null or d.status = ${status}::text)
             and (${after}::uuid is null or d.id < ${after}::uuid)
           order by d.id desc limit ${first}`,
    );
    return rows.map(deliveryOf);
  }
}
