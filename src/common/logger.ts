import pino, { DestinationStream, Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** fatal, error, warn, info, debug, trace or silent; LOG_LEVEL, else "info". */
  level?: string;
  /** Where the JSON lines go; stdout by default (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/** Structured JSON logs, one object a line, with ISO timestamps and the level as a word. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: 'cooperation-atlas' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Never log credentials that clients send.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger that writes nothing. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
