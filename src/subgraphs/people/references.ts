import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Entities owned by the directory subgraph, as this subgraph sees them: the key only. The people
 * subgraph adds staff fields to them (see organization-staff.resolver.ts) and returns them as
 * references that the gateway resolves in the directory subgraph.
 */

@ObjectType('School', { description: 'A senior middle school (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class SchoolReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('University', { description: 'A university (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class UniversityReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('EducationBureau', { description: 'A local education authority (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class EducationBureauReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}

@ObjectType('Agency', { description: 'A national education agency (owned by the directory subgraph).' })
@Directive('@key(fields: "id")')
export class AgencyReference {
  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  id!: string;
}
