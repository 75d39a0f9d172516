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
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (done.has(m.id)) continue;
    const sql = typeof m.up === 'string' ? m.up : m.up[db.dialect];
    await db.transaction(async (tx) => {
      // Another worker may have applied it between our read and our lock.
      if (await tx.get('SELECT id FROM schema_migrations WHERE id = ?', [m.id])) return;
      await tx.exec(sql);
      await tx.run('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [m.id, new Date().toISOString()]);
    });
    applied.push(m.id);
  }
  return applied;
}
