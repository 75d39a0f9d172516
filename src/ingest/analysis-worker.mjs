// Worker-thread entry: TypeScript sources run through tsx, as in bin/sitrep.
import { register } from 'tsx/esm/api';
register();
await import('./analysis-worker.ts');
