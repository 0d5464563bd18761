import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedEntry } from '../src/graphql/feed/feed';
import { decodePosition } from '../src/graphql/feed/position';
import { FeedHub } from '../src/server/live/hub';
import { ChangeStream, StreamClosed } from '../src/server/live/stream';
import { startTestApi, type TestApi } from './support/api';
import { pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';

/*
 * The change feed (graphql/feed, server/live): every committed change in (tx, id) order with its
 * scope, woken by NOTIFY, never skipping a transaction that commits after a later one, and resumable
 * from any position without loss or duplicates.
 */

let api: TestApi;
let f: WriteFixtures;
let hub: FeedHub;
const seen: FeedEntry[] = [];

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  // No poll to speak of: only notifications (and explicit wakes) make it read.
  hub = new FeedHub(api.orm, { pollMs: 600_000 });
  await hub.start();
  hub.attach((entries) => seen.push(...entries));
});

afterAll(async () => {
  await hub?.stop();
  await api?.close();
});

const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`;

async function createActivity(title = 'Feed visit'): Promise<string> {
  const result = await api.run<{ createActivity: { activity: { id: string } } }>(CREATE_ACTIVITY, {
    input: {
      programId: f.programId,
      partnershipId: f.partnershipId,
      schoolId: f.schoolId,
      kind: 'TEACHER_VISIT',
      title,
      startDate: '2024-03-04',
      endDate: '2024-03-08',
      participants: f.personIds.slice(0, 2).map((personId) => ({ personId, role: 'TRAINER' })),
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createActivity.activity.id;
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A raw audit row in a transaction of its own client (left open until the caller commits). */
async function openWrite(recordId: string): Promise<{ client: pg.Client; id: string }> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  const id = uuidv7();
  await client.query('begin');
  await client.query(
    `insert into audit.change (id, role, mutation, entity, record_id, action, after)
     values ($1, 'ministry_admin', 'test', 'Program', $2, 'UPDATE', '{"version": 2}')`,
    [id, recordId],
  );
  return { client, id };
}

describe('the feed', () => {
  it("hands out a mutation's changes, woken by NOTIFY, with what they touch", async () => {
    const before = seen.length;
    const id = await createActivity();
    await until(() => seen.slice(before).some((entry) => entry.recordId === id));
    const entries = seen.slice(before);
    expect(entries.map((entry) => entry.type)).toEqual(['Activity', 'Participation', 'Participation']);
    const activity = entries[0]!;
    expect(activity).toMatchObject({ action: 'CREATE', version: 1, recordId: id });
    expect(activity.scope.university).toContain(f.universityId);
    expect(activity.scope.county).toContain(f.countyId);
    expect(activity.scope.program).toContain(f.programId);
    expect(activity.scope.school).toContain(f.schoolId);
    expect(activity.scope.province).toHaveLength(1);
    // A participation hangs from its activity: the same partnership's reach.
    expect(entries[1]!.scope.university).toContain(f.universityId);
    expect(decodePosition('p', activity.cursor)).toEqual(activity.position);
  });

  it('never skips a transaction that commits after a later one', async () => {
    const before = seen.length;
    const early = await openWrite(f.programId);
    const late = await openWrite(f.programId);
    await late.client.query('commit');
    await hub.wake();
    // The later transaction committed, but an earlier one is still open: nothing is handed out yet.
    expect(seen.slice(before).map((entry) => entry.changeId)).toEqual([]);
    await early.client.query('commit');
    await hub.wake();
    expect(seen.slice(before).map((entry) => entry.changeId)).toEqual([early.id, late.id]);
    await early.client.end();
    await late.client.end();
  });

  it('a stream resumes after any position: no loss, no duplicate, across the catch-up seam', async () => {
    for (let i = 0; i < 3; i++) await createActivity(`before ${i}`);
    await hub.wake();
    const all = await api.sql<{ id: string }>(`select id from audit.change order by tx, id`);
    const from = seen[seen.length - 7]!; // some way back: the stream catches up from the table
    const stream = new ChangeStream(hub, api.orm.em.fork(), {
      after: from.position,
      accept: () => true,
      maxQueue: 1000,
      pageSize: 2,
    });
    const got: string[] = [];
    // Changes made while it catches up reach it live.
    const writes = (async () => {
      for (let i = 0; i < 2; i++) await createActivity(`during ${i}`);
      await hub.wake();
    })();
    for await (const entry of stream) {
      got.push(entry.changeId);
      if (got.length === 6 + 6) break;
    }
    await writes;
    const expected = (await api.sql<{ id: string }>(`select id from audit.change order by tx, id`)).map((r) => r.id);
    const start = expected.indexOf(from.changeId) + 1;
    expect(got).toEqual(expected.slice(start, start + 12));
    expect(all.length).toBeGreaterThan(0);
  });

  it('filters in memory: an entry the stream does not accept is not sent', async () => {
    const stream = new ChangeStream(hub, api.orm.em.fork(), {
      after: null,
      accept: (entry) => entry.type === 'Activity',
      maxQueue: 100,
    });
    const id = await createActivity('filtered');
    await hub.wake();
    const first = await stream.next();
    expect(first.value).toMatchObject({ type: 'Activity', recordId: id });
    expect(stream.queued).toBe(0);
    await stream.return();
  });

  it('cuts a consumer that falls behind its bound, with a reason', async () => {
    const stream = new ChangeStream(hub, api.orm.em.fork(), { after: null, accept: () => true, maxQueue: 2 });
    await createActivity('slow'); // three entries: one more than the bound
    await hub.wake();
    const failure = await stream.next().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamClosed);
    expect((failure as StreamClosed).code).toBe('SLOW_CONSUMER');
    expect((await stream.next()).done).toBe(true);
    expect(hub.attached).toBe(1); // only the test's own listener is left
  });

  it("ends at the token's expiry", async () => {
    const stream = new ChangeStream(hub, api.orm.em.fork(), {
      after: null,
      accept: () => true,
      maxQueue: 10,
      expiresAt: Date.now() + 50,
    });
    const failure = await stream.next().catch((error: unknown) => error);
    expect((failure as StreamClosed).code).toBe('TOKEN_EXPIRED');
  });
});

describe('the audit as a query', () => {
  const CHANGES = `query ($where: ChangeWhere, $first: Int, $after: String) {
    changes(where: $where, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id entity action role mutation recordId }
    }
  }`;

  it('the ministry pages through changes with filters', async () => {
    const where = { entity: { eq: 'Activity' }, action: { eq: 'CREATE' }, mutation: { eq: 'createActivity' } };
    const first = await api.run<{
      changes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string; entity: string }[];
      };
    }>(CHANGES, { where, first: 2 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.changes;
    const [{ count }] = await api.sql<{ count: string }>(
      `select count(*) from audit.change where entity = 'Activity' and action = 'CREATE' and mutation = 'createActivity'`,
    );
    expect(page.totalCount).toBe(Number(count));
    expect(page.nodes.every((node) => node.entity === 'Activity')).toBe(true);
    const second = await api.run<{ changes: { nodes: { id: string }[] } }>(CHANGES, {
      where,
      first: 100,
      after: page.pageInfo.endCursor,
    });
    const ids = [...page.nodes, ...second.data!.changes.nodes].map((node) => node.id);
    const expected = await api.sql<{ id: string }>(
      `select id from audit.change where entity = 'Activity' and action = 'CREATE' and mutation = 'createActivity' order by at, id`,
    );
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  it('by dates, and refused to anyone but the ministry', async () => {
    const future = await api.run<{ changes: { totalCount: number } }>(CHANGES, {
      where: { at: { gt: '2999-01-01T00:00:00Z' } },
    });
    expect(future.data!.changes.totalCount).toBe(0);
    const refused = await api.run(
      CHANGES,
      {},
      {
        viewer: { role: 'university', org: f.universityCode, subject: 'u', scopes: new Set() },
      },
    );
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
