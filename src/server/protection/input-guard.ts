import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { refusalExtensions } from './limit-error';

/** Deepest nesting of objects and lists a request's variables may have (a `where` needs about 10). */
export const MAX_INPUT_DEPTH = 32;

/** Bounds on every input value, whatever field or argument takes it. */
export interface InputCaps {
  /** Characters of any string (String, ID, a custom scalar's text, text inside a JSON object). */
  maxStringLength: number;
  /** Items of any list. */
  maxListLength: number;
}

/**
 * Federation's entity representations (`_entities(representations: [_Any!]!)`): sent by the gateway,
 * sized by its plan and priced by their count (cost.ts), not by a client's list cap.
 */
const EXEMPT_LISTS = new Set(['_Any']);

/** A refusal naming the input at fault as every BAD_USER_INPUT does: `argumentPath` and `field` alike. */
function refuse(message: string, details: { argumentPath?: string } & Record<string, unknown> = {}): GraphQLError {
  const field = details.argumentPath === undefined ? {} : { field: details.argumentPath };
  return new GraphQLError(message, { extensions: refusalExtensions('BAD_USER_INPUT', { ...details, ...field }) });
}

function tooLongString(argumentPath: string, length: number, limit: number): GraphQLError {
  return refuse(`${argumentPath}: the text is ${length} characters long; the limit is ${limit}.`, {
    argumentPath,
    length,
    limit,
  });
}

function tooLongList(argumentPath: string, length: number, limit: number): GraphQLError {
  return refuse(`${argumentPath}: the list has ${length} items; the limit is ${limit}.`, {
    argumentPath,
    length,
    limit,
  });
}

/**
 * Input no resolver should be handed, refused before graphql-js coerces it and before any SQL, as one
 * rule over the schema's input types rather than per field: every string leaf (variables and
 * literals, through input objects, lists and JSON scalars) at most `maxStringLength` characters,
 * every list at most `maxListLength` items, variables nested at most MAX_INPUT_DEPTH deep, and no
 * NUL character (PostgreSQL cannot store or compare it). The error names the path in
 * `argumentPath`: from the variable for a variable (`where.name.contains` of `$where`), from the
 * field's argument for a literal.
 * Only the variables the operation declares are read: graphql-js ignores the others.
 */
export class InputGuard {
  /** Documents whose literals passed (Apollo Server reuses a parsed document for the same text). */
  private readonly checked = new WeakSet<DocumentNode>();

  constructor(private readonly caps: InputCaps) {}

  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): void {
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (!variables || !Object.hasOwn(variables, name)) continue;
      const value = variables[name];
      checkShape(value);
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      // Named as the project names argument paths (`where.code.in`), from the variable's name.
      if (type) this.value(value, type, name);
    }
    if (this.checked.has(document)) return;
    this.literals(schema, document);
    this.checked.add(document);
  }

  /** A variable's value against its declared type. */
  private value(value: unknown, declared: GraphQLInputType, path: string): void {
    if (value === null || value === undefined) return;
    const type = getNullableType(declared);
    if (isListType(type)) {
      const item = type.ofType as GraphQLInputType;
      if (!Array.isArray(value)) return this.value(value, item, path); // one value coerces to a list of one
      if (EXEMPT_LISTS.has(getNamedType(item).name)) return;
      if (value.length > this.caps.maxListLength) throw tooLongList(path, value.length, this.caps.maxListLength);
      value.forEach((entry, index) => this.value(entry, item, `${path}[${index}]`));
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return; // coercion refuses it
      const fields = type.getFields();
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        // A field the type does not have is refused by coercion; its content is still bounded here.
        if (field) this.value(entry, field.type, `${path}.${key}`);
        else this.untyped(entry, `${path}.${key}`);
      }
      return;
    }
    if (isEnumType(type) && (typeof value !== 'string' || !type.getValue(value))) {
      // One error here rather than one per bad item from graphql-js (which gives up, uncoded, at 50).
      throw refuse(`${path}: not a value of ${type.name}.`, { argumentPath: path });
    }
    this.untyped(value, path);
  }

  /** A scalar's value: text, or a JSON scalar's content (strings and lists inside are bounded too). */
  private untyped(value: unknown, path: string): void {
    if (typeof value === 'string') {
      if (value.length > this.caps.maxStringLength) throw tooLongString(path, value.length, this.caps.maxStringLength);
    } else if (Array.isArray(value)) {
      if (value.length > this.caps.maxListLength) throw tooLongList(path, value.length, this.caps.maxListLength);
      value.forEach((entry, index) => this.untyped(entry, `${path}[${index}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) this.untyped(entry, `${path}.${key}`);
    }
  }

  /** Every literal argument of every field and directive in the document, with its type. */
  private literals(schema: GraphQLSchema, document: DocumentNode): void {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument: (node) => {
          const argument = typeInfo.getArgument();
          this.literal(node.value, argument?.type, node.name.value);
          return false;
        },
      }),
    );
  }

  private literal(node: ValueNode, declared: GraphQLInputType | undefined, path: string): void {
    const type = declared && getNullableType(declared);
    switch (node.kind) {
      case Kind.STRING: {
        if (node.value.includes('\0')) throw refuse('Text may not contain the NUL character (U+0000).');
        if (node.value.length > this.caps.maxStringLength) {
          throw tooLongString(path, node.value.length, this.caps.maxStringLength);
        }
        return;
      }
      case Kind.LIST: {
        const item = type && isListType(type) ? (type.ofType as GraphQLInputType) : type;
        const exempt = item !== undefined && EXEMPT_LISTS.has(getNamedType(item).name);
        if (!exempt && node.values.length > this.caps.maxListLength) {
          throw tooLongList(path, node.values.length, this.caps.maxListLength);
        }
        node.values.forEach((entry, index) => this.literal(entry, item, `${path}[${index}]`));
        return;
      }
      case Kind.OBJECT: {
        const fields = type && isInputObjectType(type) ? type.getFields() : undefined;
        for (const field of node.fields) {
          this.literal(field.value, fields?.[field.name.value]?.type, `${path}.${field.name.value}`);
        }
        return;
      }
      default:
    }
  }
}

/**
 * Depth and NUL over a variable's raw value, iteratively (so deep nesting cannot overflow this walk
 * or, later, graphql-js's recursive coercion).
 */
function checkShape(root: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\0')) throw refuse('Variables may not contain the NUL character (U+0000).');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_INPUT_DEPTH) throw refuse(`Variables nest deeper than ${MAX_INPUT_DEPTH} levels.`);
      for (const item of Array.isArray(value) ? value : Object.values(value))
        stack.push({ value: item, depth: depth + 1 });
    }
  }
}
