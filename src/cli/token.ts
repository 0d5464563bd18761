import { parseArgs } from 'node:util';
import { acceptsDevelopmentTokens, ConfigError, loadSettings } from '../config';
import { isRole, ORGANISATION_ROLES, ROLES } from '../graphql/auth/viewer';
import { mintToken } from '../server/auth/tokens';
import { log, runCli, UsageError } from './run';

const USAGE = `usage: npm run -s token -- --role <${ROLES.join('|')}> [--org <code>] [--scope <scope>]... [--ttl <duration>] [--sub <subject>]
Prints a bearer token (JWT) on stdout, signed with the HS256 secret the server verifies with: AUTH_JWT_SECRET,
or, without it, the public development secret that \`npm run dev\` accepts (production never does).
  --role R     ${ROLES.join(', ')}
  --org C      the organisation a university (10-digit institution code), county (6-digit division code)
               or committee (its code) acts for; required for those roles
  --scope S    e.g. personal:read (gender and year of birth); repeatable
  --ttl D      how long it is valid: 30m, 8h (default), 7d
  --sub S      its subject (default dev:<role>[:<org>])
Send it as the header  Authorization: Bearer <token>  (-s keeps npm from printing its banner).`;

/** `npm run token`: a token for the server with the same settings (README, Signing in). */
runCli({
  usage: USAGE,
  main: async () => {
    const { values } = parseArgs({
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        scope: { type: 'string', multiple: true },
        ttl: { type: 'string', default: '8h' },
        sub: { type: 'string' },
      },
    });
    if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const needs = ORGANISATION_ROLES[values.role];
    if (needs && !(values.org && needs.code.test(values.org))) {
      throw new UsageError(`--org: the ${values.role} role acts for one organisation, ${needs.what}`);
    }
    if (!/^\d+\s*[smhdw]?$|^\d+\s*(sec|min|hour|day|week)s?$/.test(values.ttl)) {
      throw new UsageError(`--ttl: a duration like 30m, 8h or 7d, got "${values.ttl}"`);
    }
    const settings = loadSettings({ NODE_ENV: 'development', ...process.env });
    if (!settings.auth.secret)
      throw new ConfigError('no HS256 secret: set AUTH_JWT_SECRET (a JWKS server needs its own issuer)');
    const scopes = (values.scope ?? []).flatMap((scope) => scope.split(/[\s,]+/)).filter(Boolean);
    const token = await mintToken(
      { role: values.role, org: values.org, scopes, ttl: values.ttl, subject: values.sub },
      settings.auth,
    );
    // On stderr, so that stdout is the token alone ($(npm run -s token …)).
    log(
      acceptsDevelopmentTokens(settings)
        ? 'a development token: accepted by a server started with `npm run dev`, never by production'
        : 'signed with AUTH_JWT_SECRET: accepted by a server started with the same AUTH_JWT_SECRET',
    );
    process.stdout.write(`${token}\n`);
  },
});
