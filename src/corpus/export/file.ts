// Writing an export to a file all or nothing: the output goes to a temporary file beside the
// target, which replaces the target only once everything is written and synced. A failure half-way
// (a full disk, a store error, a bad option found late) removes the temporary file and leaves any
// previous file at the path as it was. A path that is not a regular file (/dev/stdout, a pipe,
// /dev/full) is written directly: there is nothing there to keep, and a device must not be
// replaced by a file.
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { lstat, stat, realpath, rename, unlink, chmod } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../../model/errors.ts';

/** Where a write to `path` really lands (a symlink's target), and whether that is a regular file now. */
async function target(path: string): Promise<{ real: string; special: boolean; mode: number | null }> {
  let real = path;
  try {
    if ((await lstat(path)).isSymbolicLink()) real = await realpath(path);
  } catch { /* a dangling link or no file: write at the path itself */ }
  try {
    const s = await stat(real);
    if (s.isDirectory()) throw new InputError(`--out ${path} is a directory; give a file name`);
    return { real, special: !s.isFile(), mode: s.isFile() ? s.mode & 0o7777 : null };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { real, special: false, mode: null };
    throw e;
  }
}

/**
 * Opens the output first (so that an unwritable path fails before any work), then runs `write` on
 * a stream into it. Resolves with what `write` returned once the file is in place.
 */
export async function writeFileAtomically<T>(path: string, write: (out: Writable) => Promise<T>): Promise<T> {
  const t = await target(path);
  if (t.special) return streamTo(createWriteStream(t.real, { flags: 'w' }), write);
  const tmp = join(dirname(t.real), `.${basename(t.real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Interrupted (Ctrl-C, kill): remove the temporary file, then die of the signal as we would have.
  const onSignal = (sig: NodeJS.Signals) => {
    try { unlinkSync(tmp); } catch { /* not created yet, or gone */ }
    process.kill(process.pid, sig);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of signals) process.once(sig, onSignal);
  try {
    // flush: the data is synced to disk before the file is closed, hence before the rename.
    const r = await streamTo(createWriteStream(tmp, { flags: 'wx', mode: 0o666, flush: true }), write);
    if (t.mode !== null) await chmod(tmp, t.mode);
    await rename(tmp, t.real);
    return r;
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    // Name the path asked for, not the temporary file (ENOENT for a missing directory).
    if (e instanceof Error) e.message = e.message.split(tmp).join(path);
    throw e;
  } finally {
    for (const sig of signals) process.off(sig, onSignal);
  }
}

async function streamTo<T>(out: WriteStream, write: (out: Writable) => Promise<T>): Promise<T> {
  // An error of the stream (ENOSPC) rejects `write` through its drain wait, or `finished` below;
  // this listener only keeps it from being thrown as an unhandled 'error' event meanwhile.
  let failed: Error | null = null;
  out.on('error', (e: Error) => { failed ??= e; });
  try {
    await once(out, 'open');
    const r = await write(out);
    if (failed) throw failed;
    out.end();
    await finished(out);
    return r;
  } catch (e) {
    out.destroy();
    // Closed before anything else happens to the file (unlink, or the caller's next step).
    await finished(out).catch(() => undefined);
    throw e;
  }
}
