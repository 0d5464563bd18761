import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, Int, type ClassType } from 'type-graphql';
import { LocalDate } from '../scalars';
import { IsRecordId, IsText } from './validation';

/*
 * The fields of mutation inputs, each one decorator: the GraphQL field (type, nullability,
 * description) and its class-validator rules together, so that an input class reads as a list of
 * what it takes. `optional` fields may be left out (in an update: left unchanged) or, where the
 * column is nullable, set to null.
 */

interface Optional {
  optional?: boolean;
}

function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };
}

const optionally = (options: Optional | undefined, ...rules: PropertyDecorator[]) =>
  options?.optional ? [IsOptional(), ...rules] : rules;

/** A record's id (a UUID; the record must exist, which Writes checks). */
export function IdInput(description: string, options?: Optional): PropertyDecorator {
  return all(
    Field(() => ID, { nullable: options?.optional, description }),
    ...optionally(options, IsRecordId()),
  );
}

/** Text of 1 to `max` characters, not only spaces. */
export function TextInput(description: string, max: number, options?: Optional): PropertyDecorator {
  return all(
    Field(() => String, { nullable: options?.optional, description: `${description} (1–${max} characters)` }),
    ...optionally(options, IsText(max)),
  );
}

/** One value of a registered enum. */
export function EnumInput(values: object, description: string, options?: Optional): PropertyDecorator {
  return all(
    Field(() => values, { nullable: options?.optional, description }),
    ...optionally(options, IsIn(Object.values(values))),
  );
}

/** An integer from `min` to `max`. */
export function IntInput(description: string, min: number, max: number, options?: Optional): PropertyDecorator {
  return all(
    Field(() => Int, { nullable: options?.optional, description: `${description} (${min}–${max})` }),
    ...optionally(options, IsInt(), Min(min), Max(max)),
  );
}

/** A finite number from `min` to `max`. */
export function NumberInput(description: string, min: number, max: number, options?: Optional): PropertyDecorator {
  return all(
    Field(() => Float, { nullable: options?.optional, description: `${description} (${min}–${max})` }),
    ...optionally(options, IsNumber({ allowNaN: false, allowInfinity: false }), Min(min), Max(max)),
  );
}

/** A calendar date (`YYYY-MM-DD`; the scalar refuses anything else). */
export function DateInput(description: string, options?: Optional): PropertyDecorator {
  return Field(() => LocalDate, { nullable: options?.optional, description });
}

/** A list of nested inputs created with the record, at most `max`, each validated. */
export function ListInput(
  item: ClassType,
  description: string,
  max: number,
  unique?: { by: (item: never) => unknown; what: string },
): PropertyDecorator {
  return all(
    Field(() => [item], { nullable: true, description: `${description} (at most ${max}).` }),
    IsOptional(),
    ArrayMaxSize(max),
    ...(unique ? [ArrayUnique(unique.by, { message: `names ${unique.what} twice` })] : []),
    ValidateNested(),
  );
}
