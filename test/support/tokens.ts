import { loadSettings } from '../../src/config';
import type { Role } from '../../src/graphql/auth/viewer';
import { mintToken } from '../../src/server/auth/tokens';

/** The settings tests run with: the development HS256 secret, issuer and audience. */
export const TEST_AUTH = loadSettings({ NODE_ENV: 'test' }).auth;

/** A token the servers of the tests accept, for a role (and organisation and scopes). */
export function tokenFor(role: Role, options: { org?: string; scopes?: string[]; ttl?: string } = {}) {
  return mintToken({ role, ...options, subject: `test:${role}:${options.org ?? ''}` }, TEST_AUTH);
}

/** The token of test/support/api.ts's FULL_VIEWER: a nationwide role with personal:read. */
export function fullToken(): Promise<string> {
  return tokenFor('ministry_admin', { scopes: ['personal:read'] });
}
