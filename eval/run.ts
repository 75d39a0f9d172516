// `npm run eval`: every accuracy task in eval/tasks/ (or those named: npm run eval -- quotes events),
// each printing its precision/recall/F1 lines. Tasks read ../shared and say so when it is absent.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTasks } from './tasks-runner.ts';

process.exitCode = runTasks(join(dirname(fileURLToPath(import.meta.url)), 'tasks'), process.argv.slice(2));
