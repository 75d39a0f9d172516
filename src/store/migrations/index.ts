// Every module's tables, in one list. Add a module's file here.
import type { Migration } from '../migrate.ts';

export const migrations: Migration[] = [];
