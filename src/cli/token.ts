import { parseArgs } from 'node:util';
import { ConfigError, loadSettings } from '../config';
import { isRole, ORGANISATION_ROLES, ROLES } from '../graphql/auth/viewer';
import { mintToken } from '../server/auth/tokens';
import { runCli } from './run';

const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--org <code>] [--scope <scope>]... [--ttl <duration>] [--sub <subject>]`;

/**
 * `npm run token`: a development token signed with the HS256 secret this server verifies with
 * (AUTH_JWT_SECRET, or the development default outside production), printed on stdout.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      scope: { type: 'string', multiple: true },
      ttl: { type: 'string', default: '8h' },
      sub: { type: 'string' },
    },
  });
  if (!isRole(values.role)) throw new ConfigError(USAGE);
  const needs = ORGANISATION_ROLES[values.role];
  if (needs && !(values.org && needs.code.test(values.org))) {
    throw new ConfigError(`--org: the ${values.role} role acts for one organisation, ${needs.what}`);
  }
  if (!/^\d+\s*[smhdw]?$|^\d+\s*(sec|min|hour|day|week)s?$/.test(values.ttl)) {
    throw new ConfigError(`--ttl: a duration like 30m, 8h or 7d, got "${values.ttl}"`);
  }
  const settings = loadSettings({ NODE_ENV: 'development', ...process.env });
  if (!settings.auth.secret)
    throw new ConfigError('no HS256 secret: set AUTH_JWT_SECRET (a JWKS server needs its own issuer)');
  const scopes = (values.scope ?? []).flatMap((scope) => scope.split(/[\s,]+/)).filter(Boolean);
  const token = await mintToken(
    { role: values.role, org: values.org, scopes, ttl: values.ttl, subject: values.sub },
    settings.auth,
  );
  process.stdout.write(`${token}\n`);
});
