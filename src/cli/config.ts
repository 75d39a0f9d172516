// The briefing settings for a command: a data directory that cannot hold them (a file, unwritable)
// is one line naming it, exit 1, not an internal error.
import { join } from 'node:path';
import { homedir } from 'node:os';
import { loadConfig, type BriefConfig } from '../brief/config.ts';
import { InputError, isInputError, oneLine } from '../model/errors.ts';

export function configFor(dataDir: string | undefined): BriefConfig {
  try {
    return loadConfig({ dataDir });
  } catch (e) {
    if (isInputError(e)) throw e;
    const dir = dataDir ?? process.env.SITREP_DATA_DIR ?? join(homedir(), '.sitrep');
    throw new InputError(`${dir}: cannot read or create the settings in this data directory (${oneLine(e)})`, 1);
  }
}
