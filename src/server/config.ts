// Server configuration from environment variables (see docs/operations.md for the list and defaults).
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ServerConfig {
  /** PORT, default 3000. */
  port: number;
  /** HOST, default 127.0.0.1 (0.0.0.0 behind a load balancer or in a container). */
  host: string;
  /** DATA_DIR, default ./data: the SQLite database, the session secret file. */
  dataDir: string;
  /** DATABASE_URL (postgres://…); null → SQLite in DATA_DIR. */
  databaseUrl: string | null;
  /** SESSION_SECRET; generated and kept in DATA_DIR when absent. */
  sessionSecret: string;
  /** TRUST_PROXY: as express's "trust proxy" setting; false by default. */
  trustProxy: boolean | number | string;
  /** PDF_CONCURRENCY: pages printing at once in this process, default 2. */
  pdfConcurrency: number;
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** PUBLIC_URL: the address people open (for printed links); default http://HOST:PORT. */
  publicUrl: string;
}
