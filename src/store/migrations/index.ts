// Every module's tables, in one list. Add a module's file here.
import type { Migration } from '../migrate.ts';
import { coreMigrations } from './core.ts';
import { briefMigrations } from './brief.ts';
import { corpusMigrations } from './corpus.ts';
import { actorMigrations } from './actors.ts';
import { searchMigrations } from './search.ts';
import { ingestMigrations } from './ingest.ts';

export const migrations: Migration[] = [
  ...coreMigrations,
  ...actorMigrations,
  ...searchMigrations,
  ...ingestMigrations,
  ...briefMigrations,
  ...corpusMigrations,
];
