import { acceptsDevelopmentTokens, type Settings } from '../../config';
import { mintToken } from './tokens';

/**
 * The header preset of GraphiQL on a development server (`npm run dev`): a ministry_admin token signed
 * with the public development secret, minted for each page, so that the quick start shows names and
 * may write without a sign-in step. Undefined everywhere else: a production server never verifies that
 * secret (config.ts refuses it), so it has no such token to hand out.
 */
export async function developmentHeaders(
  settings: Pick<Settings, 'nodeEnv' | 'auth'>,
): Promise<Record<string, string> | undefined> {
  if (settings.nodeEnv !== 'development' || !acceptsDevelopmentTokens(settings)) return undefined;
  const token = await mintToken({ role: 'ministry_admin', subject: 'dev:graphiql', ttl: '8h' }, settings.auth);
  return { Authorization: `Bearer ${token}` };
}
