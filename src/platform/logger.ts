import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  // Request logs carry method, route and status, never the client address or user agent.
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
