import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * A scalar whose refusals of client input carry BAD_USER_INPUT. graphql-scalars throws plain errors,
 * which graphql-js keeps as the original of its own "Expected value of type…" error: without a code
 * they would be masked as internal errors instead of telling the client which value is wrong.
 */
function codedInput(scalar: GraphQLScalarType, expected: string): GraphQLScalarType {
  const config = scalar.toConfig();
  const coded =
    <A extends unknown[], R>(parse: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return parse(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // graphql-scalars says what is wrong, not what is right: the expected form is added.
        throw new GraphQLError(`${message} (expected ${expected})`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
    };
  return new GraphQLScalarType({
    ...config,
    parseValue: coded(config.parseValue),
    parseLiteral: coded(config.parseLiteral),
  });
}

/** Calendar dates (`YYYY-MM-DD`, PostgreSQL `date`), kept as strings end to end so no time zone shifts them. */
export const LocalDate = codedInput(LocalDateResolver, 'a date as YYYY-MM-DD, e.g. 2024-03-04');

/** Instants (`timestamptz`), type-graphql's scalar for `Date` fields. */
export const DateTimeISO = codedInput(
  DateTimeISOResolver,
  'an instant as ISO 8601 with a time zone, e.g. 2024-03-04T09:30:00Z',
);
