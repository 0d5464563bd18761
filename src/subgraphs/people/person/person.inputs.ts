import { InputType } from 'type-graphql';
import { EnumInput, IntInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { Gender } from '../enums';

/** Years of birth a person may be recorded with. */
export const BIRTH_YEARS = { min: 1900, max: 2100 } as const;

@InputType({ description: 'A person to record (a principal, a teacher, a trainee, an expert).' })
export class CreatePersonInput {
  @TextInput('Name in Chinese characters', 255)
  nameZh!: string;

  @TextInput('Name in pinyin, family name first', 255)
  nameEn!: string;

  @EnumInput(Gender, 'Gender, where recorded.', { optional: true })
  gender?: Gender | null;

  @IntInput('Year of birth, where recorded', BIRTH_YEARS.min, BIRTH_YEARS.max, { optional: true })
  birthYear?: number | null;

  @TextInput('Teaching subject, for teachers', 255, { optional: true })
  subject?: string | null;
}

@InputType({ description: 'A person to change.' })
export class UpdatePersonInput extends RecordVersionInput {
  @TextInput('Name in Chinese characters', 255, { optional: true })
  nameZh?: string;

  @TextInput('Name in pinyin, family name first', 255, { optional: true })
  nameEn?: string;

  @EnumInput(Gender, 'Gender, where recorded.', { optional: true })
  gender?: Gender | null;

  @IntInput('Year of birth, where recorded', BIRTH_YEARS.min, BIRTH_YEARS.max, { optional: true })
  birthYear?: number | null;

  @TextInput('Teaching subject, for teachers', 255, { optional: true })
  subject?: string | null;
}
