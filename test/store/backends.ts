// The stores the conformance suite runs against: SQLite in a temp file always, PostgreSQL when
// SITREP_TEST_PG_URL is set (each test opens a fresh schema, dropped afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.ts';
import { openDb } from '../../src/store/open.ts';

export interface Opened { db: Db; location: string; cleanup(): Promise<void> }
export interface Backend { name: string; skip: string | false; open(): Promise<Opened> }

export const PG_URL = process.env.SITREP_TEST_PG_URL;

export const noPg: string | false = PG_URL ? false
  : 'SITREP_TEST_PG_URL is not set: run scripts/setup-postgres.sh (as root) and export the URL it appends to .ci/test-env';

export async function openSqliteTemp(): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  const location = join(dir, 'sitrep.db');
  const db = await openDb({ db: location });
  return { db, location, cleanup: async () => { await db.close().catch(() => undefined); rmSync(dir, { recursive: true, force: true }); } };
}

/** A URL whose connections use a schema of their own, so tests never see each other's rows. */
export async function freshPgSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(PG_URL!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      // The job queue of a store in this schema lives in ${schema}_queue (src/ingest/queue.ts).
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
      await c.end();
    },
  };
}

export async function openPgTemp(): Promise<Opened> {
  const { url, drop } = await freshPgSchema();
  const db = await openDb({ db: url });
  return { db, location: url, cleanup: async () => { await db.close().catch(() => undefined); await drop(); } };
}

export const backends: Backend[] = [
  { name: 'sqlite', skip: false, open: openSqliteTemp },
  { name: 'postgres', skip: noPg, open: openPgTemp },
];
