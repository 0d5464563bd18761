import { InputType } from 'type-graphql';
import { DateInput, EnumInput, IdInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { AppointmentRole } from '../enums';

@InputType({
  description:
    "A person's role at one organization: exactly one of a school, a university, an education bureau or an agency.",
})
export class CreateAppointmentInput {
  @IdInput('The person appointed.')
  personId!: string;

  @IdInput('The school (a teacher placed, staff, a vice principal).', { optional: true })
  schoolId?: string | null;

  @IdInput('The university.', { optional: true })
  universityId?: string | null;

  @IdInput('The education bureau (ministry only).', { optional: true })
  educationBureauId?: string | null;

  @IdInput('The agency (ministry only).', { optional: true })
  agencyId?: string | null;

  @EnumInput(AppointmentRole, 'The role held (a new principal: appointPrincipal).')
  role!: AppointmentRole;

  @TextInput('The full title as published', 1000, { optional: true })
  title?: string | null;

  @DateInput('First day in the role.', { optional: true })
  startDate?: string | null;

  @DateInput('Last day in the role, not before the first; null while current.', { optional: true })
  endDate?: string | null;
}

@InputType({ description: 'An appointment to change (e.g. its last day, when it ends).' })
export class UpdateAppointmentInput extends RecordVersionInput {
  @TextInput('The full title as published', 1000, { optional: true })
  title?: string | null;

  @DateInput('First day in the role.', { optional: true })
  startDate?: string | null;

  @DateInput('Last day in the role; null while current.', { optional: true })
  endDate?: string | null;
}

@InputType({ description: "A school's new principal, from a day on." })
export class AppointPrincipalInput {
  @IdInput('The school.')
  schoolId!: string;

  @IdInput('The new principal (see createPerson).')
  personId!: string;

  @DateInput("First day in office; the current principal's appointment ends the day before.")
  startDate!: string;

  @TextInput('The full title as published', 1000, { optional: true })
  title?: string | null;
}
