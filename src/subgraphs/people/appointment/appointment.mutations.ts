import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { sql } from '../../../db/sql';
import { query } from '../../../db/statements';
import type { Context } from '../../../graphql/context';
import { Cost, WEIGHTS } from '../../../graphql/demand';
import { answer, createWithChildren, payloadOf, recordMutations, runMutation } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { badField } from '../../../graphql/errors';
import { describeWrite } from '../../../graphql/mutations/described';
import { declareWrites, type Problem, type Values, type Writes } from '../../../graphql/mutations/writes';
import { AppointmentRole, OrganizationKind } from '../enums';
import { Appointment } from './appointment.entity';
import { AppointPrincipalInput, CreateAppointmentInput, UpdateAppointmentInput } from './appointment.inputs';

const ORGANIZATIONS = {
  school: OrganizationKind.SCHOOL,
  university: OrganizationKind.UNIVERSITY,
  educationBureau: OrganizationKind.EDUCATION_BUREAU,
  agency: OrganizationKind.AGENCY,
} as const;

/** The day before a `YYYY-MM-DD` date. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The school's current principal's appointment, locked (FOR UPDATE), if it has one. */
async function currentPrincipal(writes: Writes, schoolId: string) {
  const [row] = await query<{ id: string; version: number; start_date: string | null }>(
    writes.em,
    sql`select id, version, start_date::text from people.appointment
         where school_id = ${schoolId} and role = 'PRINCIPAL' and end_date is null for update`,
  );
  return row;
}

async function onePrincipal(appointment: Values, writes: Writes): Promise<Problem | undefined> {
  if (appointment.role !== AppointmentRole.PRINCIPAL || appointment.endDate || !appointment.school) return undefined;
  const current = await currentPrincipal(writes, String(appointment.school));
  return current && current.id !== appointment.id
    ? { property: 'role', message: 'the school has a current principal: appoint a new one with appointPrincipal' }
    : undefined;
}

// An appointment at a school hangs off the school's staff (its county, a university covering it); at a
// university, off the university; at a bureau or an agency, off the ministry.
declareWrites(Appointment, {
  hangs: ['university', 'schoolStaff'],
  anchor: (appointment) => {
    if (appointment.school) return { kind: 'schoolStaff', id: String(appointment.school) };
    if (appointment.university) return { kind: 'university', id: String(appointment.university) };
    return MINISTRY;
  },
  check: async (appointment, writes) => {
    const organizations = Object.keys(ORGANIZATIONS).filter((key) => appointment[key]);
    if (organizations.length !== 1) {
      return { property: 'school', message: 'give exactly one of schoolId, universityId, educationBureauId, agencyId' };
    }
    if (appointment.endDate && appointment.startDate && appointment.endDate < appointment.startDate) {
      return { property: 'endDate', message: 'must not be before startDate' };
    }
    return onePrincipal(appointment, writes);
  },
});

/** The organisation kind follows from which organisation is given. */
function withOrganizationKind(input: CreateAppointmentInput): Values {
  const key = (Object.keys(ORGANIZATIONS) as (keyof typeof ORGANIZATIONS)[]).find((name) => input[`${name}Id`]);
  return { ...input, organizationKind: key ? ORGANIZATIONS[key] : undefined };
}

// appointPrincipal writes appointments under their rules (its description states them).
describeWrite('appointPrincipal', { entity: Appointment, action: 'create' });

@Resolver()
export class AppointmentMutations extends recordMutations(Appointment, {
  field: 'appointment',
  create: {
    name: 'createAppointment',
    description: 'Appoints a person at one organization: a teacher placed at a school, staff, faculty.',
    input: CreateAppointmentInput,
    write: (writes, input) => createWithChildren(writes, Appointment, withOrganizationKind(input)),
  },
  update: {
    name: 'updateAppointment',
    description: 'Changes an appointment at the version read (its last day ends it).',
    input: UpdateAppointmentInput,
  },
}) {
  @Mutation(() => payloadOf(Appointment, 'appointment'), {
    nullable: true,
    description:
      "A school's new principal: ends the current principal's appointment the day before and appoints the person, in one transaction (one current principal per school).",
  })
  @Cost(WEIGHTS.mutation)
  async appointPrincipal(
    @Arg('input', () => AppointPrincipalInput, { description: 'The school, the person and the first day.' })
    input: AppointPrincipalInput,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: 'As for the create mutations: a retry with the same key and input returns the first result.',
    })
    idempotencyKey: string | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const written = await runMutation({ ctx, info, input, idempotencyKey }, async (writes, valid) => {
      const current = await currentPrincipal(writes, valid.schoolId);
      if (current) {
        const end = dayBefore(valid.startDate);
        if (current.start_date && current.start_date > end) {
          throw badField('input.startDate', `must be after the current principal's first day (${current.start_date})`);
        }
        await writes.update(Appointment, current.id, current.version, { endDate: end }, 'input');
      }
      const { schoolId, personId, startDate, title } = valid;
      return createWithChildren(
        writes,
        Appointment,
        withOrganizationKind({ schoolId, personId, startDate, title, role: AppointmentRole.PRINCIPAL }),
      );
    });
    return answer(ctx, Appointment, 'appointment', written);
  }
}
