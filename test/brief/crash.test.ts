// Kill the sender mid-run (a real `sitrep brief --send` child, SIGKILL while a mail is in flight),
// then run it again: everybody gets the issue exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { upsertSubscriber } from '../../src/brief/subscribers.ts';
import { ROOT } from '../helpers/cli.ts';
import { fixtureStore } from './fixtures.ts';
import { startSmtp } from './smtp.ts';

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function start(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<Run> } {
  // Asynchronous: the SMTP server lives in this process and must keep answering.
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((r) => child.on('close', (code, signal) => r({ code, signal, stdout, stderr })));
  return { child, done };
}

test('a sender killed mid-run resumes: nobody twice, nobody skipped', { timeout: 120_000 }, async () => {
  const KILL_AT = 4; // killed during the SMTP dialogue of the 4th mail, before it is accepted
  let mailFrom = 0;
  let victim: ChildProcess | null = null;
  let killed: Promise<unknown> | null = null;
  const smtp = await startSmtp({
    onMailFrom(_addr, _session, cb) {
      mailFrom++;
      if (mailFrom === KILL_AT && victim) {
        killed = new Promise((r) => victim!.once('close', r));
        victim.kill('SIGKILL');
        // Answer only once the sender is dead: the mail never completes.
        void killed.then(() => cb(new Error('sender gone')));
        return;
      }
      cb();
    },
  });
  const store = await fixtureStore();
  const emails = Array.from({ length: 8 }, (_, i) => `reader${i + 1}@example.org`);
  for (const e of emails) await upsertSubscriber(store.db, e, {}, { confirmed: true });
  await store.db.close();
  const env = { SITREP_DATA_DIR: store.dir, SITREP_DB: store.path, SITREP_SMTP_URL: smtp.url, SITREP_SMTP_PER_SECOND: '50', SITREP_BASE_URL: 'http://127.0.0.1:8080', SITREP_MAIL_FROM: 'brief@sitrep.test' };
  try {
    const first = start(['brief', '--send', '--week', '2023-W37'], env);
    victim = first.child;
    const r1 = await first.done;
    assert.equal(r1.signal, 'SIGKILL', `the sender was killed (exit ${r1.code}, ${r1.stderr})`);
    assert.equal(smtp.received.length, KILL_AT - 1);

    // Run again at once: the row the dead run had claimed is still leased, so it waits; all others go out.
    const r2 = await start(['brief', '--send', '--week', '2023-W37'], env).done;
    assert.equal(r2.code, 1, r2.stderr);
    assert.match(r2.stdout, /2023-W37: 4 sent now, 3 sent before, 0 failed, 1 still pending \(of 8 subscribers\)/);
    assert.match(r2.stderr, /run the same command again/);
    assert.equal(smtp.received.length, 7);

    // Once the lease is over (here: at once), the in-flight mail is sent by the next run.
    const r3 = await start(['brief', '--send', '--week', '2023-W37', '--reclaim-after', '0'], env).done;
    assert.equal(r3.code, 0, r3.stderr);
    assert.match(r3.stdout, /1 sent now, 7 sent before, 0 failed, 0 still pending/);

    const got = smtp.received.map((m) => m.to[0]).sort();
    assert.deepEqual(got, [...emails].sort(), 'each subscriber exactly once');
    assert.equal(new Set(smtp.received.map((m) => m.mail.messageId)).size, 8);

    // A fourth run sends nothing.
    const r4 = await start(['brief', '--send', '--week', '2023-W37', '--reclaim-after', '0'], env).done;
    assert.match(r4.stdout, /0 sent now, 8 sent before/);
    assert.equal(smtp.received.length, 8);

    // The archive lists the issue with its delivery log.
    const list = await start(['brief', '--list'], env).done;
    assert.match(list.stdout, /^2023-W37\t2023-09-11\.\.2023-09-17\t\d+ stories\tsent \d{4}-\d\d-\d\d \d\d:\d\d\t8 sent\n$/);
  } finally {
    await smtp.close();
  }
});
