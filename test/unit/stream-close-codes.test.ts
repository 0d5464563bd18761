import { describe, expect, it } from 'vitest';
import { errorFormatter } from '../../src/server/apollo';
import { CLOSED_CODES } from '../../src/server/live/stream';
import { silentLogger } from '../../src/server/observability/logger';

/*
 * In distributed mode a subscription's stream ends in the subgraph that serves it as often as in the
 * gateway: both hold the token and both end the stream at its expiry, so whichever timer fires first
 * writes the last event. The subgraph's arrives at the gateway as an error with a code and the
 * subgraph's name, and goes through the same formatting as any subgraph error; masked, the client read
 * INTERNAL_SERVER_ERROR instead of TOKEN_EXPIRED and could not tell it should sign in again and resume.
 */
describe("a stream's end, as a subgraph writes it, through the gateway's error formatting", () => {
  const format = errorFormatter(true, silentLogger);

  it.each(CLOSED_CODES)('keeps %s and its message in production', (code) => {
    const subgraphEvent = {
      message: 'The token has expired.',
      path: ['changes'],
      extensions: { code, serviceName: 'assistance' },
    };
    const formatted = format(subgraphEvent, new Error(subgraphEvent.message));
    expect(formatted.extensions?.code).toBe(code);
    expect(formatted.message).toBe(subgraphEvent.message);
  });

  it('still masks an unknown code from a subgraph', () => {
    const formatted = format(
      { message: 'connect ECONNREFUSED 10.0.0.7:5432', extensions: { code: 'SOMETHING_ELSE', serviceName: 'people' } },
      new Error('connect ECONNREFUSED 10.0.0.7:5432'),
    );
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.7');
  });
});
