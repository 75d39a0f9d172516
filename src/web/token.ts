// The API token that write endpoints ask for: SITREP_API_TOKEN, else one generated once into the
// data directory (file mode 0600) so that a restarted server keeps accepting the same token.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors.ts';

export interface ApiToken { token: string; source: 'env' | 'file' | 'generated'; path: string | null }

export function resolveApiToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): ApiToken {
  const fromEnv = env.SITREP_API_TOKEN?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new InputError('SITREP_API_TOKEN: use at least 16 characters');
    return { token: fromEnv, source: 'env', path: null };
  }
  const path = join(dataDir, 'api-token');
  if (existsSync(path)) {
    const t = readFileSync(path, 'utf8').trim();
    if (t.length >= 16) return { token: t, source: 'file', path };
  }
  const token = randomBytes(32).toString('base64url');
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, `${token}\n`, { mode: 0o600 });
  } catch (e) {
    throw new InputError(`${path}: cannot write the API token (${(e as Error).message})`, 1);
  }
  return { token, source: 'generated', path };
}

/** Constant-time comparison of an Authorization header against the token. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return false;
  // Hashing first gives equal lengths, which timingSafeEqual needs.
  const a = createHash('sha256').update(m[1]).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
