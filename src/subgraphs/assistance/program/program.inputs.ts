import { InputType } from 'type-graphql';
import { DateInput, EnumInput, IdInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { ProgramKind } from '../enums';

@InputType({ description: 'A ministry programme to create.' })
export class CreateProgramInput {
  @TextInput('Stable short code, unique, e.g. "COUNTY-HIGH-SCHOOL-TRUSTEESHIP"', 255)
  code!: string;

  @TextInput('Chinese name', 255)
  nameZh!: string;

  @TextInput('English name', 255)
  nameEn!: string;

  @EnumInput(ProgramKind, 'Trusteeship assistance, group assistance or training programme.')
  kind!: ProgramKind;

  @TextInput('What the programme does', 4000)
  description!: string;

  @TextInput('Title of the notice that launched it', 4000, { optional: true })
  noticeTitle?: string | null;

  @DateInput('When the notice was issued.', { optional: true })
  announcedOn?: string | null;

  @DateInput('When implementation started.', { optional: true })
  startsOn?: string | null;

  @IdInput('The agency that issued the notice.', { optional: true })
  issuingAgencyId?: string | null;
}

@InputType({ description: 'A programme to change.' })
export class UpdateProgramInput extends RecordVersionInput {
  @TextInput('Chinese name', 255, { optional: true })
  nameZh?: string;

  @TextInput('English name', 255, { optional: true })
  nameEn?: string;

  @TextInput('What the programme does', 4000, { optional: true })
  description?: string;

  @TextInput('Title of the notice that launched it', 4000, { optional: true })
  noticeTitle?: string | null;

  @DateInput('When implementation started.', { optional: true })
  startsOn?: string | null;
}
