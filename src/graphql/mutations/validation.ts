import {
  getMetadataStorage,
  validate,
  ValidateBy,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { badField, DomainError } from '../errors';
import { isId } from '../ids';

/** One refused value of an input: its path from the argument on, and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix: string, into: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    // Array items are children named by their index: `participants` → `participants[2]`.
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) into.push({ field, message });
    flatten(error.children ?? [], field, into);
  }
  return into;
}

/**
 * Validates a mutation's input (an instance of its type-graphql input class, whose class-validator
 * decorators state the rules) before anything touches the database. Every problem is reported, the
 * first as the error's `field`, all of them in `extensions.problems`.
 */
export async function validateInput(argument: string, input: object): Promise<void> {
  refuseAll(await inputProblems(argument, input));
}

/**
 * Refuses an input for every one of its problems at once (none: returns): the message names each
 * (`input.endDate: …; input.participants[0].personId: …`), `field` is the first's path and
 * `extensions.problems` lists them all, so a client fixes everything in one round.
 */
export function refuseAll(problems: readonly FieldProblem[]): void {
  const [first] = problems;
  if (!first) return;
  if (problems.length === 1) throw badField(first.field, first.message, { problems });
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new DomainError('BAD_USER_INPUT', `${problems.length} problems: ${message}`, {
    field: first.field,
    argumentPath: first.field,
    problems,
  });
}

/*
 * class-validator looks up a class's rules on every validate() call, scanning every class it knows for
 * the ancestors (most of an import's time per row, as profiled). The rules are fixed once the classes
 * are declared, so the lookup is remembered per class and options, and forgotten when a class is added.
 */
const storage = getMetadataStorage() as unknown as {
  validationMetadatas: Map<unknown, unknown[]>;
  getTargetValidationMetadatas(target: object, schema: string, ...rest: unknown[]): unknown[];
};
const lookUp = storage.getTargetValidationMetadatas.bind(storage);
const looked = new Map<object, Map<string, unknown[]>>();
let classesKnown = -1;
storage.getTargetValidationMetadatas = (target, schema, ...rest) => {
  if (storage.validationMetadatas.size !== classesKnown) {
    looked.clear();
    classesKnown = storage.validationMetadatas.size;
  }
  const key = JSON.stringify([schema, ...rest]);
  let byOptions = looked.get(target);
  if (!byOptions) looked.set(target, (byOptions = new Map()));
  let found = byOptions.get(key);
  if (!found) byOptions.set(key, (found = lookUp(target, schema, ...rest)));
  return found;
};

/** Every problem of an input (its class's rules), without throwing: a bulk import reports them per row. */
export async function inputProblems(argument: string, input: object): Promise<FieldProblem[]> {
  const errors = await validate(input, {
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  return flatten(errors, argument, []);
}

/** The same shape for problems found after validation (domain rules in code). */
export function refuse(problem: FieldProblem): never {
  throw badField(problem.field, problem.message);
}

/** A record id: a UUID (checked before any SQL; the record's existence is checked by Writes). */
export function IsRecordId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRecordId',
      validator: {
        validate: (value) => isId(value),
        defaultMessage: () => 'is not an id (a UUID, as every record has)',
      },
    },
    options,
  );
}

/** Text of 1 to `max` characters that is not only spaces. */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (value) => typeof value === 'string' && value.trim().length > 0 && value.length <= max,
        defaultMessage: () => `must be text of 1 to ${max} characters, not only spaces`,
      },
    },
    options,
  );
}
