import { InputType } from 'type-graphql';
import { EnumInput, IdInput, ListInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { CommitteeRole } from '../enums';

/** Most members or target schools a committee is created with at once. */
const MAX_LIST = 500;

@InputType({ description: 'A person serving on a committee.' })
export class CommitteeMemberInput {
  @IdInput('The person.')
  personId!: string;

  @EnumInput(CommitteeRole, 'Chair, vice chair, member or secretary.')
  role!: CommitteeRole;
}

@InputType({ description: 'A school a committee targets.' })
export class TargetSchoolInput {
  @IdInput('The school.')
  schoolId!: string;
}

@InputType({ description: 'An expert committee to create, with its members and target schools.' })
export class CreateCommitteeInput {
  @IdInput('The programme it supports.')
  programId!: string;

  @TextInput('Stable short code, unique', 255)
  code!: string;

  @TextInput('English name', 255)
  nameEn!: string;

  @TextInput('Chinese name', 255)
  nameZh!: string;

  @TextInput('What the committee does', 4000)
  description!: string;

  @ListInput(CommitteeMemberInput, 'Its members', MAX_LIST, {
    by: (member: CommitteeMemberInput) => member.personId,
    what: 'a person',
  })
  members?: CommitteeMemberInput[];

  @ListInput(TargetSchoolInput, 'The schools it targets', MAX_LIST, {
    by: (school: TargetSchoolInput) => school.schoolId,
    what: 'a school',
  })
  targetSchools?: TargetSchoolInput[];
}

@InputType({ description: 'A committee to change.' })
export class UpdateCommitteeInput extends RecordVersionInput {
  @TextInput('English name', 255, { optional: true })
  nameEn?: string;

  @TextInput('Chinese name', 255, { optional: true })
  nameZh?: string;

  @TextInput('What the committee does', 4000, { optional: true })
  description?: string;
}

@InputType({ description: 'A member to add to a committee.' })
export class AddCommitteeMemberInput extends CommitteeMemberInput {
  @IdInput('The committee.')
  committeeId!: string;
}

@InputType({ description: "A member's role to change." })
export class UpdateCommitteeMemberInput extends RecordVersionInput {
  @EnumInput(CommitteeRole, 'Chair, vice chair, member or secretary.', { optional: true })
  role?: CommitteeRole;
}

@InputType({ description: 'A target school to add to a committee.' })
export class AddCommitteeTargetSchoolInput extends TargetSchoolInput {
  @IdInput('The committee.')
  committeeId!: string;
}
