import compression from 'compression';
import type { RequestHandler } from 'express';
import type { Settings } from '../config';

/** Bodies streamed as they are made (incremental delivery, event streams): a compressor would hold them back. */
const STREAMED = /^(multipart\/mixed|text\/event-stream)/i;

/**
 * Responses and pages compressed when the client asks (`Accept-Encoding`: br preferred, then gzip)
 * and the body is at least `thresholdBytes` (smaller ones gain less than the encoder costs). The
 * compressor wraps the response after the handler has made the body, so the response cap
 * (http-guard.ts) counts the bytes produced, not the fewer bytes sent. Brotli at quality 4 (the
 * middleware's default): close to gzip's speed with smaller output; quality 11 is for static files.
 */
export function compressResponses(settings: Settings['compression']): RequestHandler {
  if (!settings.enabled) return (_req, _res, next) => next();
  const compress = compression({
    threshold: settings.thresholdBytes,
    filter: (req, res) => {
      const type = res.getHeader('content-type');
      if (typeof type === 'string' && STREAMED.test(type)) return false;
      return compression.filter(req, res);
    },
  });
  // A client that accepts no encoding (most API clients, the bench) skips the wrapping altogether.
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}
