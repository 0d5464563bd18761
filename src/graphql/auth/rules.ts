import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { Provenance } from '../../db/provenance';
import { sql, type Sql } from '../../db/sql';
import { policy } from './policy';
import { inReach, reachSummary } from './reach';
import { SCOPES, type Viewer } from './viewer';

/*
 * Rights on fields, declared once as data: which rule guards which `Type.field`. The same table is
 * enforced on every way to reach a value:
 *   - reading the field: the subgraph's resolver is wrapped (guardSchema); a caller without the right
 *     gets null and a FORBIDDEN error at the field's path;
 *   - filtering (`where`) and sorting (`orderBy`) by it, at any depth (listing.ts asks fieldUse): refused
 *     with FORBIDDEN unless the caller may read it on every row, or the rule can say in SQL which rows
 *     are visible, in which case the filter only matches those (no inference through `where`);
 *   - search and statistics: search matches only rows whose names the caller may read (rowSql);
 *     statistics have no dimension or filter over a guarded field (a test keeps it so).
 * The table is the subgraphs' (each its own types' fields, policy.ts `fields`); these are the rules.
 * Everything not in the table is public. Subgraphs enforce it on their own fields, so the rights are
 * the same in-process, distributed, and for a subgraph reached directly.
 */

/** Whether a viewer may read a field on every record, on none, or record by record. */
export type Visibility = 'all' | 'none' | 'rows';

export interface Rule {
  /** Who may read it, in words (field descriptions, README). */
  summary: string;
  visibility(viewer: Viewer): Visibility;
  /** Record by record: whether the viewer may read the field of this record. */
  row?(viewer: Viewer, record: Record<string, unknown>, ctx: Context): boolean | Promise<boolean>;
  /** Record by record, as equalities on the record's entity properties (filters match only visible rows). */
  rowFilter?: Readonly<Record<string, string>>;
  /** The same as SQL on the record's table (search). */
  rowSql?: Sql;
}

/** Roles that read across every organisation. */
const NATIONWIDE = new Set<Viewer['role']>(['analyst', 'ministry_admin']);

export const RULES = {
  /**
   * Officials named in the source documents (press releases) are public by those documents; the other
   * people (principals, teachers, trainees: synthetic stand-ins for real private persons) are not.
   */
  personName: {
    summary:
      'public for people named in the source documents (`provenance: SOURCE_DOCUMENT`); for anyone else, any signed-in role',
    visibility: (viewer) => (viewer.role === 'anonymous' ? 'rows' : 'all'),
    row: (_viewer, record) => record.provenance === Provenance.SOURCE_DOCUMENT,
    rowFilter: { provenance: Provenance.SOURCE_DOCUMENT },
    rowSql: sql`provenance = ${Provenance.SOURCE_DOCUMENT}`,
  },
  /** Personal attributes: the scope, and then the role's reach (its words from the reach's parts, when asked). */
  personal: {
    get summary() {
      return `needs the scope \`${SCOPES.personalRead}\`; with it, analyst and ministry_admin read everyone's; a county and a university the people in their reach (county: ${reachSummary('county')}; university: ${reachSummary('university')}), which no write of theirs can widen`;
    },
    visibility: (viewer) => {
      if (!viewer.scopes.has(SCOPES.personalRead)) return 'none';
      if (NATIONWIDE.has(viewer.role)) return 'all';
      return (viewer.role === 'university' || viewer.role === 'county') && viewer.org ? 'rows' : 'none';
    },
    row: (viewer, record, ctx) => inReach(ctx, viewer, String(record.id)),
  },
} satisfies Record<string, Rule>;

/** The rule guarding `Type.field`, from the subgraphs' policies (undefined: the field is public). */
function ruleOf(typeName: string, field: string): Rule | undefined {
  return policy().fields[`${typeName}.${field}`];
}

/** Said to a caller without a token: what would have let it in. */
export const SIGN_IN = 'No bearer token was sent: sign in (README, Signing in).';

function forbidden(what: string, rule: Rule, viewer: Viewer, extra: Record<string, unknown> = {}): DomainError {
  const hint = viewer.role === 'anonymous' ? ` ${SIGN_IN}` : '';
  return new DomainError('FORBIDDEN', `${what}: ${rule.summary}.${hint}`, extra);
}

/** Whether the viewer may read the field of this record. */
async function mayRead(rule: Rule, viewer: Viewer, record: unknown, ctx: Context): Promise<boolean> {
  const visibility = rule.visibility(viewer);
  if (visibility !== 'rows') return visibility === 'all';
  return rule.row ? rule.row(viewer, (record ?? {}) as Record<string, unknown>, ctx) : false;
}

const GUARDED = Symbol('guarded by the rules table');

/**
 * Wraps the resolver of every guarded field of an executable schema: a caller without the right gets
 * null and a FORBIDDEN error at the field's path (so guarded fields must be nullable). Every schema
 * that executes these fields must pass through here: each subgraph's (federation.ts), and any schema
 * merged from them. Applying it twice wraps nothing twice.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(type.name, field.name);
      if (!rule || (field.resolve as { [GUARDED]?: true } | undefined)?.[GUARDED]) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const what = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) => {
        const visibility = rule.visibility(ctx.viewer);
        if (visibility === 'all') return resolve(source, args, ctx, info);
        if (visibility === 'none') throw forbidden(what, rule, ctx.viewer);
        return mayRead(rule, ctx.viewer, source, ctx).then((allowed) => {
          if (!allowed) throw forbidden(what, rule, ctx.viewer);
          return resolve(source, args, ctx, info);
        });
      };
      Object.assign(field.resolve, { [GUARDED]: true });
    }
  }
  return schema;
}

/** How much of `Type.field` the viewer may read (undefined: the field is public). */
export function visibilityOf(viewer: Viewer, typeName: string, field: string): Visibility | undefined {
  return ruleOf(typeName, field)?.visibility(viewer);
}

/** The rule's words for a guarded field, for its description in the schema. */
export function ruleSummary(typeName: string, field: string): string | undefined {
  return ruleOf(typeName, field)?.summary;
}

/**
 * Using `Type.field` in a filter or a sort: nothing to add when it is public or the viewer reads it on
 * every row; for a filter, the rule's row condition when it has one (the filter then only matches rows
 * where the field is visible); otherwise FORBIDDEN, with the argument's path.
 */
export function fieldUse(
  viewer: Viewer,
  typeName: string,
  field: string,
  argumentPath: string,
  use: 'filter' | 'sort',
): Readonly<Record<string, string>> | undefined {
  const rule = ruleOf(typeName, field);
  if (!rule) return undefined;
  const visibility = rule.visibility(viewer);
  if (visibility === 'all') return undefined;
  if (visibility === 'rows' && use === 'filter' && rule.rowFilter) return rule.rowFilter;
  throw forbidden(`${use === 'filter' ? 'Filtering' : 'Sorting'} by ${typeName}.${field}`, rule, viewer, {
    argumentPath,
  });
}

/** For search: the SQL condition on a table's rows whose names the viewer may read (undefined: all). */
export function searchableRows(viewer: Viewer, typeName: string, nameField: string): Sql | undefined {
  const rule = ruleOf(typeName, nameField);
  if (!rule) return undefined;
  const visibility = rule.visibility(viewer);
  if (visibility === 'all') return undefined;
  return visibility === 'rows' && rule.rowSql ? rule.rowSql : sql`false`;
}
