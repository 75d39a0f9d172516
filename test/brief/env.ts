// A BriefConfig for tests: loopback base URL, fixed secret, fast sending.
import type { BriefConfig } from '../../src/brief/config.ts';

export function testConfig(dataDir: string, smtpUrl: string | null = null, extra: Partial<BriefConfig> = {}): BriefConfig {
  return {
    dataDir,
    smtpUrl,
    from: 'Threat Status <brief@sitrep.test>',
    baseUrl: 'http://127.0.0.1:8080',
    timeZone: 'UTC',
    schedule: '0 7 * * 3',
    perSecond: 200,
    title: 'Threat Status',
    secret: Buffer.from('test-secret-0123456789abcdef'),
    ...extra,
  };
}

export const FAST_RETRY = { attempts: 3, baseDelayMs: 20, maxDelayMs: 100 };
