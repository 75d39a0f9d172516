// Migrations: one ordered list for both dialects. Each module of the product keeps its tables in
// its own file under migrations/ and lists them in migrations/index.ts.
import type { Db, Dialect } from './db.ts';

export interface Migration {
  /** Sortable and unique across modules: "0001_core_articles", "0100_brief_subscribers". */
  id: string;
  /** Portable SQL, or per-dialect SQL where the two differ. */
  up: string | Record<Dialect, string>;
}

export async function migrate(db: Db, migrations: Migration[]): Promise<string[]> {
  const create = 'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';
  if (db.dialect === 'postgres') {
    // IF NOT EXISTS is not safe against a concurrent CREATE in PostgreSQL: take the lock first.
    await db.transaction(async (tx) => {
      await tx.get("SELECT pg_advisory_xact_lock(hashtext('sitrep.migrate'))");
      await tx.exec(create);
    });
  } else {
    await db.exec(create);
  }
  const done = new Set((await db.all<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (done.has(m.id)) continue;
    const sql = typeof m.up === 'string' ? m.up : m.up[db.dialect];
    await db.transaction(async (tx) => {
      // Workers starting together queue here (SQLite's BEGIN IMMEDIATE already serialises writers).
      if (tx.dialect === 'postgres') await tx.get("SELECT pg_advisory_xact_lock(hashtext('sitrep.migrate'))");
      // Another worker may have applied it between our read and our lock.
      if (await tx.get('SELECT id FROM schema_migrations WHERE id = ?', [m.id])) return;
      await tx.exec(sql);
      await tx.run('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [m.id, new Date().toISOString()]);
    });
    applied.push(m.id);
  }
  return applied;
}
