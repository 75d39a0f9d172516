// `npm run bench`: every benchmark in bench/tasks/ (or those named: npm run bench -- extraction ingest),
// each printing its throughput (articles/s, MB/s) and peak memory.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTasks } from '../eval/tasks-runner.ts';

process.exitCode = runTasks(join(dirname(fileURLToPath(import.meta.url)), 'tasks'), process.argv.slice(2));
