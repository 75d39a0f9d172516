import type { Command } from 'commander';
import { analysisJsonSchema } from '../model/analysis.ts';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the analysis that `analyze --json` prints')
    .action(() => {
      process.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
    });
}
