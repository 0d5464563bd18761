/*
 * Who is asking: the identity every resolver sees in its context (`ctx.viewer`). It is made once per
 * request from a verified bearer token (src/server/auth/tokens.ts) or is anonymous; the subgraphs
 * decide rights from it alone (rules.ts), in every run mode.
 */

/** Roles a token may carry. Anonymous is no token at all. */
export const ROLES = ['analyst', 'university', 'county', 'committee', 'ministry_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for one organisation, named by its code in the `org` claim. */
export const ORGANISATION_ROLES: Readonly<Partial<Record<Role, { code: RegExp; what: string }>>> = {
  university: { code: /^\d{10}$/, what: "a university's ten-digit institution code" },
  county: { code: /^\d{6}$/, what: "a county's six-digit GB/T 2260 division code" },
  // An expert committee (its members record problems and guidance at the committee's target schools).
  committee: {
    code: /^[A-Z0-9][A-Z0-9-]{0,63}$/,
    what: "an expert committee's code (e.g. RURAL-TALENT-EXPERT-COMMITTEE)",
  },
};

/** The roles that act for one organisation. */
export type OrganisationRole = 'university' | 'county' | 'committee';

/** Scopes with a meaning in this API. */
export const SCOPES = {
  /** Personal attributes of people (gender, year of birth). */
  personalRead: 'personal:read',
} as const;

export interface Viewer {
  /** `anonymous` without a token. */
  role: Role | 'anonymous';
  /** The token's `sub`: who, for logs and the cost budget. */
  subject: string | null;
  /** The organisation the caller acts for (university, county or committee code), if any. */
  org: string | null;
  scopes: ReadonlySet<string>;
}

export const ANONYMOUS: Viewer = Object.freeze({
  role: 'anonymous',
  subject: null,
  org: null,
  scopes: new Set<string>(),
});

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
