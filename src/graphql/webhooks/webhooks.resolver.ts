import { GraphQLJSONObject } from 'graphql-scalars';
import { v7 as uuidv7 } from 'uuid';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { sql } from '../../db/sql';
import { query } from '../../db/statements';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../context';
import { badField, forbidden, notFound } from '../errors';
import { entryFilter, ChangeStreamFilter } from '../feed/types';
import { isId } from '../ids';
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
      return query<EndpointRow>(
        em,
        sql`insert into audit.webhook_endpoint (id, url, description, owner_role, owner_org, owner_subject, secret, filter)
            values (${id}::uuid, ${url.toString()}, ${input.description ?? null}, ${who.role}, ${who.org},
                    ${ctx.viewer.subject ?? ''}, ${secret}, ${JSON.stringify(input.where ?? {})}::jsonb)
            returning *`,
      );
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
  ): Promise<string> {
    if (!isId(id)) throw badField('id', 'is not an id');
    const rows = await query<{ id: string }>(
      ctx.em,
      sql`delete from audit.webhook_endpoint e where e.id = ${id}::uuid and ${mine(ctx.viewer)} returning e.id`,
    );
    if (!rows.length) throw notFound('WebhookEndpoint', id);
    return id;
  }

  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a delivery again (a parked one, or any other): it is due at once, its attempts counted from zero.',
  })
  async redeliverWebhook(
    @Arg('id', () => ID, { description: 'The delivery id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery> {
    if (!isId(id)) throw badField('id', 'is not an id');
    const rows = await query<DeliveryRow>(
      ctx.em,
      sql`update audit.webhook_delivery d set status = 'PENDING', attempts = 0, next_at = now(), lease_until = null
            from audit.webhook_endpoint e
           where d.id = ${id}::uuid and e.id = d.endpoint_id and ${mine(ctx.viewer)}
       returning ${DELIVERY_COLUMNS}`,
    );
    if (!rows.length) throw notFound('WebhookDelivery', id);
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
