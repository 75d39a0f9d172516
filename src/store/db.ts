// One small SQL interface over SQLite (embedded default) and PostgreSQL (scale-out), so that
// every repository is written once. SQL uses `?` placeholders and the portable subset of both
// dialects; where they differ (full-text search, upserts returning rows) a repository asks `dialect`.

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | bigint | boolean | null | Uint8Array;

export interface Db {
  readonly dialect: Dialect;
  /** Where the data lives, for messages: a file path or a URL without its password. */
  readonly location: string;
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<{ changes: number }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn inside one transaction; other callers wait for it. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` -> `$1, $2 ...` for PostgreSQL. Our SQL never has `?` inside string literals. */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
