import { InputType } from 'type-graphql';
import { DateInput, EnumInput, IdInput, ListInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { PartnershipStatus } from '../enums';

/** Most schools a partnership is created with at once. */
const MAX_SCHOOLS = 200;

@InputType({ description: "A school a partnership covers (a school of the partnership's county)." })
export class CoveredSchoolInput {
  @IdInput("The school, in the partnership's county.")
  schoolId!: string;
}

@InputType({ description: 'A partnership to create: a university assisting a county within a programme.' })
export class CreatePartnershipInput {
  @IdInput('The programme.')
  programId!: string;

  @IdInput('The assisting university.')
  universityId!: string;

  @IdInput('The assisted county (one partnership per programme, university and county).')
  countyId!: string;

  @IdInput("The university's affiliated high school, where one takes part.", { optional: true })
  affiliatedHighSchoolId?: string | null;

  @EnumInput(PartnershipStatus, 'Under way (the default) or completed.', { optional: true })
  status?: PartnershipStatus;

  @DateInput('When the agreement was signed.', { optional: true })
  agreementSignedOn?: string | null;

  @DateInput('When implementation started.', { optional: true })
  startsOn?: string | null;

  @ListInput(CoveredSchoolInput, "The county's schools it covers", MAX_SCHOOLS, {
    by: (school: CoveredSchoolInput) => school.schoolId,
    what: 'a school',
  })
  schools?: CoveredSchoolInput[];
}

@InputType({ description: 'A partnership to change.' })
export class UpdatePartnershipInput extends RecordVersionInput {
  @EnumInput(PartnershipStatus, 'Under way or completed.', { optional: true })
  status?: PartnershipStatus;

  @DateInput('When the agreement was signed.', { optional: true })
  agreementSignedOn?: string | null;

  @DateInput('When implementation started.', { optional: true })
  startsOn?: string | null;

  @IdInput("The university's affiliated high school.", { optional: true })
  affiliatedHighSchoolId?: string | null;
}

@InputType({ description: 'A school to add to a partnership.' })
export class AddPartnershipSchoolInput extends CoveredSchoolInput {
  @IdInput('The partnership.')
  partnershipId!: string;
}
