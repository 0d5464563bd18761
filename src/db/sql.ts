/*
 * The one way reads build SQL: a `sql` tagged template whose interpolated values become parameters
 * and whose interpolated fragments nest, rendered to PostgreSQL's `$1…$n` text with its values.
 * Identifiers go through `sql.ident` (quoted), trusted constants of the code through `sql.raw`; client
 * input never becomes SQL text. An array value is ONE parameter (a PostgreSQL array): write
 * `x = any(${values})` rather than `in (…)`, so that the text, hence the prepared statement, does not
 * change with the number of values.
 */

/** A piece of SQL: `texts` around `values` (one more text than values), nested fragments flattened. */
export class Sql {
  private constructor(
    readonly texts: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** @internal Builds from texts around values; fragments among the values are spliced in. */
  static of(strings: readonly string[], values: readonly unknown[]): Sql {
    const texts: string[] = [strings[0]!];
    const flat: unknown[] = [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value instanceof Sql) {
        texts[texts.length - 1] += value.texts[0]!;
        for (let j = 0; j < value.values.length; j++) {
          flat.push(value.values[j]);
          texts.push(value.texts[j + 1]!);
        }
        texts[texts.length - 1] += strings[i + 1]!;
      } else {
        flat.push(value);
        texts.push(strings[i + 1]!);
      }
    }
    return new Sql(texts, flat);
  }

  /** Whether this fragment is no SQL at all. */
  get isEmpty(): boolean {
    return this.values.length === 0 && this.texts[0] === '';
  }

  /**
   * The text with `$n` placeholders and their values. `offset`: the number of parameters already in
   * the statement this text goes into (its placeholders start at `$offset+1`).
   */
  render(offset = 0): { text: string; values: unknown[] } {
    let text = this.texts[0]!;
    for (let i = 1; i < this.texts.length; i++) text += `$${i + offset}${this.texts[i]!}`;
    return { text, values: [...this.values] };
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface SqlTag {
  (strings: TemplateStringsArray, ...values: unknown[]): Sql;
  /** A quoted identifier; several parts are joined by dots: `sql.ident('directory', 'school')`. */
  ident(...parts: string[]): Sql;
  /** SQL text written in the code (keywords, fixed expressions): never client input. */
  raw(text: string): Sql;
  /**
   * A string constant written in the code (a type's name, an enum's values), quoted into the text
   * where a parameter would need a type; never client input.
   */
  literal(text: string): Sql;
  /** The fragments joined by `separator` (a comma by default). */
  join(parts: readonly Sql[], separator?: string | Sql): Sql;
  /** No SQL. */
  empty: Sql;
  /** `(a and b …)`; `true` for none. */
  and(parts: readonly Sql[]): Sql;
  /** `(a or b …)`; `false` for none. */
  or(parts: readonly Sql[]): Sql;
}

const raw = (text: string): Sql => Sql.of([text], []);

function join(parts: readonly Sql[], separator: string | Sql = ', '): Sql {
  if (parts.length === 0) return raw('');
  const between = typeof separator === 'string' ? raw(separator) : separator;
  const strings: string[] = [''];
  const values: Sql[] = [];
  parts.forEach((part, index) => {
    if (index > 0) {
      values.push(between);
      strings.push('');
    }
    values.push(part);
    strings.push('');
  });
  return Sql.of(strings, values);
}

function connective(word: 'and' | 'or', none: string) {
  return (parts: readonly Sql[]): Sql => {
    if (parts.length === 0) return raw(none);
    if (parts.length === 1) return parts[0]!;
    return sql`(${join(parts, ` ${word} `)})`;
  };
}

export const sql: SqlTag = Object.assign(
  (strings: TemplateStringsArray, ...values: unknown[]) => Sql.of(strings, values),
  {
    ident: (...parts: string[]) => raw(parts.map(quoteIdent).join('.')),
    raw,
    literal: (text: string) => raw(`'${text.replace(/'/g, "''")}'`),
    join,
    empty: raw(''),
    and: connective('and', 'true'),
    or: connective('or', 'false'),
  },
);
