// PostgreSQL behind the same Db interface, for many workers on many machines.
import pg from 'pg';
import type { Db, Param } from './db.ts';
import { toPgPlaceholders } from './db.ts';

type Client = pg.Pool | pg.PoolClient;

class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  constructor(private readonly client: Client, private readonly pool: pg.Pool, readonly location: string, private readonly inTx = false) {}

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    const r = await this.client.query(toPgPlaceholders(sql), params as unknown[]);
    return r.rows as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    const r = await this.client.query(toPgPlaceholders(sql), params as unknown[]);
    return { changes: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      const out = await fn(new PgDb(conn, this.pool, this.location, true));
      await conn.query('COMMIT');
      return out;
    } catch (e) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      conn.release();
    }
  }
  async close(): Promise<void> {
    if (!this.inTx) await this.pool.end();
  }
}

// COUNT(*) and BIGINT come back as strings by default; our counts fit in a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

export function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.SITREP_PG_POOL ?? 10) });
  // Idle clients can error when the server restarts; the next query reconnects.
  pool.on('error', () => undefined);
  return new PgDb(pool, pool, url.replace(/:[^:@/]*@/, ':***@'));
}
