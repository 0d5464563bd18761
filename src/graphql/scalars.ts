import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * A scalar whose refusals of client input carry BAD_USER_INPUT. graphql-scalars throws plain errors,
 * which graphql-js keeps as the original of its own "Expected value of type…" error: without a code
 * they would be masked as internal errors instead of telling the client which value is wrong.
 */
function codedInput(scalar: GraphQLScalarType, expected: string): GraphQLScalarType {
  const config = scalar.toConfig();
  // graphql-scalars says what is wrong, not what is right: the expected form is added.
  const refusal = (error: unknown, node?: ValueNode) =>
    new GraphQLError(`${error instanceof Error ? error.message : String(error)} (expected ${expected})`, {
      // A literal's error is reported as it is (no "Expected value of type…" around it): its place at least.
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => {
      try {
        return config.parseValue(value);
      } catch (error) {
        throw refusal(error);
      }
    },
    parseLiteral: (node, variables) => {
      try {
        return config.parseLiteral(node, variables);
      } catch (error) {
        throw refusal(error, node);
      }
    },
  });
}

/** Calendar dates (`YYYY-MM-DD`, PostgreSQL `date`), kept as strings end to end so no time zone shifts them. */
export const LocalDate = codedInput(LocalDateResolver, 'a date as YYYY-MM-DD, e.g. 2024-03-04');

/** Instants (`timestamptz`), type-graphql's scalar for `Date` fields. */
export const DateTimeISO = codedInput(
  DateTimeISOResolver,
  'an instant as ISO 8601 with a time zone, e.g. 2024-03-04T09:30:00Z',
);
