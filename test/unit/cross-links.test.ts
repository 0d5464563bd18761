import 'reflect-metadata';
import { MikroORM, ReferenceKind } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FromClause, whereSql } from '../../src/graphql/listing/where-sql';
import { SUBGRAPHS } from '../../src/subgraphs';
import { ENTITIES } from '../../src/subgraphs/entities';
import { CROSS_LINKS } from '../../src/shared/cross-links';

/*
 * Every `where` through a to-many relation goes by the child's foreign key to the parent (no inverse
 * collection), and those that cross subgraphs are exactly the ones declared in src/shared/cross-links.ts.
 * Read from the ORM's metadata, discovered without a database.
 */

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({ entities: ENTITIES, clientUrl: 'postgresql://nowhere/none', connect: false });
});
afterAll(() => orm.close());

/** The subgraph owning each entity (and listing) name. */
const owner = new Map(
  SUBGRAPHS.flatMap((subgraph) => subgraph.entities.map((entity) => [entity.name, subgraph.name] as const)),
);

describe('to-many filters', () => {
  const links = SUBGRAPHS.flatMap((subgraph) =>
    subgraph.listings.flatMap((listing) =>
      Object.entries(listing.spec.toMany ?? {}).map(([field, link]) => ({ parent: listing.spec.name, field, ...link })),
    ),
  );

  it.each(links)('$parent.$field is $type.$foreignKey, a foreign key to $parent', ({ parent, type, foreignKey }) => {
    const property = orm.getMetadata().get(type).properties[foreignKey as never] as
      | { kind: ReferenceKind; type: string }
      | undefined;
    expect(property?.kind).toBe(ReferenceKind.MANY_TO_ONE);
    expect(property?.type).toBe(parent);
  });

  it('crosses subgraphs only where shared/cross-links.ts says so', () => {
    const crossing = links.filter((link) => owner.get(link.parent) !== owner.get(link.type));
    const declared = Object.entries(CROSS_LINKS).flatMap(([parent, fields]) =>
      Object.entries(fields).map(([field, link]) => ({ parent, field, ...link })),
    );
    const byName = (a: { parent: string; field: string }, b: { parent: string; field: string }) =>
      `${a.parent}.${a.field}`.localeCompare(`${b.parent}.${b.field}`);
    expect(crossing.sort(byName)).toEqual(declared.sort(byName));
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('refuses a foreign key that does not point at the parent', () => {
    const metadata = orm.getMetadata();
    const school = new FromClause(metadata, metadata.get('School')).root;
    const filter = (foreignKey: string) =>
      whereSql(
        { kind: 'toMany', type: 'Activity', foreignKey, quantifier: 'some', filter: { kind: 'and', items: [] } },
        school,
      );
    expect(filter('school').render().text).toContain('"school_id"');
    expect(() => filter('county')).toThrow('Activity.county is not a foreign key to School');
  });
});
