import { createHash } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import type { BaseEntity } from '../../src/db/base.entity';
import { FACTS, generateDataset, type Row, type Sink } from '../../src/seed';
import { FIXED_EPOCH_MS } from '../../src/seed/random';

type AnyRow = Record<string, unknown> & { id: string };

/** Records every row in emission order, by entity name (no database). */
class RecordingSink implements Sink {
  readonly counts: Record<string, number> = {};
  readonly rows = new Map<string, AnyRow[]>();
  add<E extends BaseEntity>(entity: EntityClass<E>, row: Row<E>): void {
    const list = this.rows.get(entity.name) ?? [];
    if (list.length === 0) this.rows.set(entity.name, list);
    list.push(row as unknown as AnyRow);
    this.counts[entity.name] = (this.counts[entity.name] ?? 0) + 1;
  }
  async checkpoint(): Promise<void> {}
  table(name: string): AnyRow[] {
    return this.rows.get(name) ?? [];
  }
}

async function record(scale = 1): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await generateDataset(sink, scale);
  return sink;
}

const digest = (sink: RecordingSink): string => {
  const hash = createHash('sha256');
  for (const [name, rows] of [...sink.rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(name);
    for (const row of rows) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
};

/** Milliseconds encoded in a UUIDv7. */
const idTime = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('seed generator', () => {
  it('is deterministic, ids included', async () => {
    const [a, b] = [await record(), await record()];
    expect(digest(a)).toBe(digest(b));
  });

  it('makes UUIDv7 ids from a fixed epoch, unique and ascending in insertion order per table', async () => {
    const sink = await record();
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const [name, rows] of sink.rows) {
      for (let i = 0; i < rows.length; i++) {
        const id = rows[i]!.id;
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))
          problems.push(`${name} ${id} not v7`);
        if (seen.has(id)) problems.push(`${name} ${id} duplicated`);
        seen.add(id);
        if (idTime(id) < FIXED_EPOCH_MS) problems.push(`${name} ${id} before the epoch`);
        if (i > 0 && !(id > rows[i - 1]!.id)) problems.push(`${name} row ${i} out of order`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sets provenance on every row, with the source for documents and registries', async () => {
    const sink = await record();
    const problems = new Set<string>();
    for (const [name, rows] of sink.rows) {
      for (const row of rows) {
        const source = row.sourceDocument ?? null;
        const ok =
          row.provenance === 'SYNTHETIC'
            ? source === null
            : row.provenance === 'PUBLIC_REGISTRY'
              ? typeof source === 'string' && source.length > 0
              : row.provenance === 'SOURCE_DOCUMENT' &&
                typeof source === 'string' &&
                /^00[0-4]_[0-9a-f]{16}\.txt$/.test(source);
        if (!ok) problems.add(`${name}: ${String(row.provenance)} / ${String(source)}`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('reproduces the document figures', async () => {
    const sink = await record();
    const partnerships = sink.table('Partnership');
    expect(partnerships).toHaveLength(FACTS.trusteeship.counties);
    expect(new Set(partnerships.map((p) => p.university)).size).toBe(FACTS.trusteeship.universities);
    expect(sink.table('County').filter((c) => c.keyRevitalizationCounty)).toHaveLength(FACTS.committee.counties);
    const targets = new Set(sink.table('CommitteeTargetSchool').map((t) => t.school));
    expect(targets.size).toBe(FACTS.committee.schools);
    const atTargets = sink.table('Appointment').filter((a) => targets.has(a.school as string));
    expect(atTargets.filter((a) => a.role === 'PRINCIPAL')).toHaveLength(FACTS.committee.principals);
    expect(atTargets.filter((a) => a.role === 'TEACHER' || a.role === 'STAFF')).toHaveLength(
      FACTS.committee.teachersAndStaff,
    );
    const training = sink.table('Activity').filter((a) => a.provenance === 'SOURCE_DOCUMENT');
    expect(training).toHaveLength(1);
    expect(sink.table('Participation').filter((p) => p.activity === training[0]!.id)).toHaveLength(
      FACTS.trusteeship.principalsTrained,
    );
  });

  it('scales by adding synthetic replicas of the programmes, not of the directory', async () => {
    const [one, three] = [await record(1), await record(3)];
    expect(three.table('Program').map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'COUNTY-HIGH-SCHOOL-TRUSTEESHIP-R2',
        'COUNTY-HIGH-SCHOOL-TRUSTEESHIP-R3',
        'RURAL-TALENT-GROUP-ASSISTANCE-R3',
      ]),
    );
    for (const table of ['Province', 'Prefecture', 'County', 'University', 'Agency', 'EducationBureau']) {
      expect(three.counts[table], table).toBe(one.counts[table]);
    }
    expect(three.table('Partnership')).toHaveLength(3 * FACTS.trusteeship.counties);
    expect(three.table('County').filter((c) => c.keyRevitalizationCounty)).toHaveLength(FACTS.committee.counties);
    const codes = three.table('School').map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    // The document's programmes are generated first and stay identical at any scale.
    const first = (sink: RecordingSink) => sink.table('Partnership').slice(0, FACTS.trusteeship.counties);
    expect(first(three)).toEqual(first(one));
  });
});
