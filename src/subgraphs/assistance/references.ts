import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities owned by the directory and people subgraphs, as this subgraph sees them: the key only.
 * The assistance subgraph adds programme, partnership, activity and event fields to them (see
 * extensions.resolver.ts) and returns them as references that the gateway resolves in their owner.
 */

@ObjectType('University', { description: 'A university (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class UniversityReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('County', { description: 'A county-level division (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class CountyReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('School', { description: 'A senior middle school (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class SchoolReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('Person', { description: 'A person (owned by the people subgraph).' })
@Directive('@key(fields: "id")')
export class PersonReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

/** Not in the schema yet: the grouped province statistics that will extend it are another issue. */
@ObjectType('Province', { description: 'A province-level division (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class ProvinceReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('Agency', { description: 'A national education agency (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class AgencyReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('EducationBureau', { description: 'A local education authority (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class EducationBureauReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}
