import {
  getMetadataStorage,
  validate,
  ValidateBy,
  ValidationTypes,
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

/*
 * Whether an input passes its class's rules, decided by calling the rules' own validate functions in
 * class-validator's order and conditions (ValidationExecutor: conditions, IS_DEFINED, each rule with its
 * `each` and validateIf, nested inputs) without building its error objects: an import's valid rows skip
 * the executor (most of a row's validation time, as profiled), and only a row that fails a rule goes
 * through validate() for its messages. `undefined`: a rule answered with a promise (ask validate()).
 */
interface RuleMetadata {
  type: string;
  propertyName: string;
  constraints: unknown[];
  constraintCls: unknown;
  each?: boolean;
  validateIf?: (object: object, value: unknown) => boolean;
  target: unknown;
}
interface ConstraintMetadata {
  instance: { validate(value: unknown, args: object): unknown };
}
const rules = storage as unknown as {
  getTargetValidationMetadatas(target: unknown, schema: unknown, ...rest: unknown[]): RuleMetadata[];
  getTargetValidatorConstraints(target: unknown): ConstraintMetadata[];
};

interface PropertyRules {
  name: string;
  conditions: RuleMetadata[];
  /** IS_DEFINED first, then the custom rules (as the executor runs them). */
  checks: RuleMetadata[];
  nested: RuleMetadata[];
  promised: boolean;
}

const byList = new WeakMap<RuleMetadata[], PropertyRules[]>();

function propertyRules(metadatas: RuleMetadata[]): PropertyRules[] {
  let known = byList.get(metadatas);
  if (!known) {
    const grouped = new Map<string, RuleMetadata[]>();
    for (const metadata of metadatas) {
      const list = grouped.get(metadata.propertyName) ?? [];
      list.push(metadata);
      grouped.set(metadata.propertyName, list);
    }
    known = [...grouped].map(([name, list]) => ({
      name,
      conditions: list.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION),
      checks: [
        ...list.filter((m) => m.type === ValidationTypes.IS_DEFINED),
        ...list.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION),
      ],
      nested: list.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION),
      promised: list.some((m) => m.type === ValidationTypes.PROMISE_VALIDATION),
    }));
    byList.set(metadatas, known);
  }
  return known;
}

const isCollection = (value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> =>
  Array.isArray(value) || value instanceof Set || value instanceof Map;
const isThenable = (value: unknown) =>
  value instanceof Promise || typeof (value as { then?: unknown })?.then === 'function';

/** One custom rule (or IS_DEFINED) on a value: true, false, or undefined (a promise). */
function rulePasses(metadata: RuleMetadata, object: object, value: unknown): boolean | undefined {
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const args = {
    targetName: object.constructor ? object.constructor.name : undefined,
    property: metadata.propertyName,
    object,
    value,
    constraints: metadata.constraints,
  };
  for (const constraint of rules.getTargetValidatorConstraints(metadata.constraintCls)) {
    const items = metadata.each && isCollection(value) ? [...(value instanceof Map ? value.values() : value)] : [value];
    for (const item of items) {
      const valid = constraint.instance.validate(item, args);
      if (isThenable(valid)) return undefined;
      if (!valid) return false;
    }
  }
  return true;
}

/** A nested value (ValidateNested): each item of a collection, an object by its own class's rules. */
function nestedPasses(value: unknown, nested: RuleMetadata[]): boolean | undefined {
  if (value === undefined) return true;
  for (const metadata of nested) {
    if (isCollection(value)) {
      for (const item of value instanceof Set ? [...value] : value instanceof Map ? [...value.values()] : value) {
        const verdict = nestedPasses(item, nested);
        if (verdict !== true) return verdict;
      }
    } else if (value instanceof Object) {
      const schema = typeof metadata.target === 'string' ? metadata.target : (metadata.target as { name: string }).name;
      const verdict = objectPasses(value, schema);
      if (verdict !== true) return verdict;
    } else return false;
  }
  return true;
}

/** The rules of a class (and schema) for objectPasses, remembered as the lookup above is, without its key text per row. */
const passLookups = new Map<unknown, Map<string | undefined, RuleMetadata[]>>();
let passClassesKnown = -1;

function passRulesOf(target: unknown, schema: string | undefined): RuleMetadata[] {
  if (storage.validationMetadatas.size !== passClassesKnown) {
    passLookups.clear();
    passClassesKnown = storage.validationMetadatas.size;
  }
  let bySchema = passLookups.get(target);
  if (!bySchema) passLookups.set(target, (bySchema = new Map()));
  let found = bySchema.get(schema);
  if (!found)
    bySchema.set(schema, (found = rules.getTargetValidationMetadatas(target, schema, false, false, undefined)));
  return found;
}

function objectPasses(object: object, schema: string | undefined): boolean | undefined {
  const metadatas = passRulesOf(object.constructor, schema);
  for (const property of propertyRules(metadatas)) {
    const value = (object as Record<string, unknown>)[property.name];
    if (property.promised && value instanceof Promise) return undefined;
    if (!property.conditions.every((m) => (m.constraints[0] as (o: object, v: unknown) => boolean)(object, value))) {
      continue;
    }
    for (const metadata of property.checks) {
      const verdict = rulePasses(metadata, object, value);
      if (verdict !== true) return verdict;
    }
    const verdict = nestedPasses(value, property.nested);
    if (verdict !== true) return verdict;
  }
  return true;
}

/** Whether the input passes every rule of its class (see above); undefined: ask inputProblems. */
export function passesRules(input: object): boolean | undefined {
  return objectPasses(input, undefined);
}

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
