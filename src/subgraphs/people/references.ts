import { entityReference } from '../../graphql/federation';

/*
 * Entities owned by the directory subgraph, as this subgraph sees them: the key only, by type name.
 * The people subgraph adds staff fields to them (organization-staff.resolver.ts) and returns them as
 * references that the gateway resolves in the directory subgraph.
 */
export const SchoolReference = entityReference('School');
export const UniversityReference = entityReference('University');
export const EducationBureauReference = entityReference('EducationBureau');
export const AgencyReference = entityReference('Agency');
