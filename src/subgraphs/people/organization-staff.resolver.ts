import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Appointment } from './appointment/appointment.entity';
import { AppointmentRole } from './enums';
import { AgencyReference, EducationBureauReference, SchoolReference, UniversityReference } from './references';

type Organization = { id: string };
type StaffField = 'school' | 'university' | 'educationBureau' | 'agency';

/** Appointments at one organization, optionally only some roles: one batched query per request. */
async function staffOf(ctx: Context, field: StaffField, organization: Organization, roles?: AppointmentRole[]) {
  // The roles go into the SQL: a school's principal should not cost loading its whole staff.
  const filter = roles?.length ? { role: { $in: roles } } : {};
  return ctx.loaders.many(Appointment, field, { role: 'asc' }, filter).load(organization.id);
}

const ROLES_DESCRIPTION = 'Only appointments with one of these roles (all when omitted).';

@Resolver(() => SchoolReference)
export class SchoolStaffResolver {
  @FieldResolver(() => [Appointment], { description: 'Appointments at the school: principal, teachers and staff.' })
  staff(
    @Root() school: Organization,
    @Ctx() ctx: Context,
    @Arg('roles', () => [AppointmentRole], { nullable: true, description: ROLES_DESCRIPTION })
    roles?: AppointmentRole[],
  ): Promise<Appointment[]> {
    return staffOf(ctx, 'school', school, roles);
  }

  @FieldResolver(() => Appointment, { nullable: true, description: "The school's current principal appointment." })
  async principal(@Root() school: Organization, @Ctx() ctx: Context): Promise<Appointment | null> {
    const principals = await staffOf(ctx, 'school', school, [AppointmentRole.PRINCIPAL]);
    return principals.find((appointment) => !appointment.endDate) ?? principals[0] ?? null;
  }

  @FieldResolver(() => Int, { description: 'How many appointments the school has (principal, teachers and staff).' })
  staffCount(@Root() school: Organization, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.count(Appointment, 'school').load(school.id);
  }
}

@Resolver(() => UniversityReference)
export class UniversityStaffResolver {
  @FieldResolver(() => [Appointment], { description: 'Appointments at the university (leaders, faculty, experts).' })
  staff(
    @Root() university: Organization,
    @Ctx() ctx: Context,
    @Arg('roles', () => [AppointmentRole], { nullable: true, description: ROLES_DESCRIPTION })
    roles?: AppointmentRole[],
  ): Promise<Appointment[]> {
    return staffOf(ctx, 'university', university, roles);
  }
}

@Resolver(() => EducationBureauReference)
export class EducationBureauStaffResolver {
  @FieldResolver(() => [Appointment], { description: 'Appointments at the bureau (directors and officials).' })
  staff(
    @Root() bureau: Organization,
    @Ctx() ctx: Context,
    @Arg('roles', () => [AppointmentRole], { nullable: true, description: ROLES_DESCRIPTION })
    roles?: AppointmentRole[],
  ): Promise<Appointment[]> {
    return staffOf(ctx, 'educationBureau', bureau, roles);
  }
}

@Resolver(() => AgencyReference)
export class AgencyStaffResolver {
  @FieldResolver(() => [Appointment], { description: 'Appointments at the agency (ministers, directors, officials).' })
  staff(
    @Root() agency: Organization,
    @Ctx() ctx: Context,
    @Arg('roles', () => [AppointmentRole], { nullable: true, description: ROLES_DESCRIPTION })
    roles?: AppointmentRole[],
  ): Promise<Appointment[]> {
    return staffOf(ctx, 'agency', agency, roles);
  }
}
