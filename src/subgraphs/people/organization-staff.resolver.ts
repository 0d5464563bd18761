import { Args, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { connectionFor, type ListArgs } from '../../graphql/listing/listing';
import { Appointment } from './appointment/appointment.entity';
import { AppointmentRole } from './enums';
import { AppointmentListing } from './listings';
import { AgencyReference, EducationBureauReference, SchoolReference, UniversityReference } from './references';
import { Cost, WEIGHTS } from '../../graphql/demand';
import { countOf, pageOf, pickOf } from '../../graphql/sql/field-sources';

// The role is in the SQL: a school's principal should not cost loading its whole staff. The current
// one (no end date) is preferred.
const principalOfSchool = pickOf(
  'School',
  'principal',
  Appointment,
  'school',
  { role: AppointmentRole.PRINCIPAL },
  'endDate',
);
const staffCountOfSchool = countOf('School', 'staffCount', Appointment, 'school');

type Key = { id: string };
type StaffField = 'school' | 'university' | 'educationBureau' | 'agency';

/** `staff` on an organization type the directory owns: its appointments, a page at a time. */
function staffResolver(typeName: string, organization: ClassType, field: StaffField, description: string): ClassType {
  const staffOf = pageOf(typeName, 'staff', Appointment, field, AppointmentListing);
  @Resolver(() => organization)
  class StaffResolver {
    @FieldResolver(() => connectionFor(Appointment), { description })
    staff(@Root() parent: Key, @Ctx() ctx: Context, @Args(() => AppointmentListing.Args) args: ListArgs) {
      return staffOf(ctx, parent.id, args);
    }
  }
  return StaffResolver;
}

const ROLES = 'Filter by role with `where: { role: { in: [...] } }`.';
export const SchoolStaffResolver = staffResolver(
  'School',
  SchoolReference,
  'school',
  `Appointments at the school: principal, teachers and staff. ${ROLES}`,
);
export const UniversityStaffResolver = staffResolver(
  'University',
  UniversityReference,
  'university',
  `Appointments at the university (leaders, faculty, experts). ${ROLES}`,
);
export const EducationBureauStaffResolver = staffResolver(
  'EducationBureau',
  EducationBureauReference,
  'educationBureau',
  `Appointments at the bureau (directors and officials). ${ROLES}`,
);
export const AgencyStaffResolver = staffResolver(
  'Agency',
  AgencyReference,
  'agency',
  `Appointments at the agency (ministers, directors, officials). ${ROLES}`,
);

@Resolver(() => SchoolReference)
export class SchoolPrincipalResolver {
  @FieldResolver(() => Appointment, { nullable: true, description: "The school's current principal appointment." })
  principal(@Root() school: Key, @Ctx() ctx: Context): Promise<Appointment | null> {
    return principalOfSchool(ctx, school.id);
  }

  @Cost(WEIGHTS.count)
  @FieldResolver(() => Int, { description: 'How many appointments the school has (principal, teachers and staff).' })
  staffCount(@Root() school: Key, @Ctx() ctx: Context): Promise<number> {
    return staffCountOfSchool(ctx, school.id);
  }
}
