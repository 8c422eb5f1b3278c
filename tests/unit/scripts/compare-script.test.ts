import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { root } from '../helpers/index.ts';

// Each test starts Node on the script, which parses every guideline: on a busy machine that alone can take
// longer than vitest's default five seconds.
const SPAWN_TIMEOUT = 30_000;

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/compare.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

test(
  'npm run compare -- telemark unn prints the aligned pairs with their word diffs',
  () => {
    const { status, stdout } = run('telemark', 'unn');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Telemark ↔ UNN\nLikhet i ordbruk: \d+ % · \d+ par \(\d+ med samme tema, \d+ automatisk\)/);
    expect(stdout).toContain(
      '4 Digitale samhandlingsløsninger for kommunikasjon og informasjonsdeling mellom kommuner og STHF (#punkt-4)  ↔  4.1 Meldingsutveksling (#punkt-4-1)  [Samme tema]',
    );
    expect(stdout).toContain('godkjent av [-Helsedirektoratet-]{+Direktoratet for e-helse+} og er tilgjengelig');
    expect(stdout).toContain('7 Lovgrunnlag (#punkt-7)  ↔  3 Lovgrunnlaget (#punkt-3)  [Samme tema]\n  Lik tekst.');
  },
  SPAWN_TIMEOUT,
);

test(
  'a wrong slug gets a usage message naming the guidelines',
  () => {
    const { status, stderr } = run('telemark', 'finnmark');
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run compare -- <a> <b>');
    expect(stderr).toContain('more-og-romsdal');
  },
  SPAWN_TIMEOUT,
);
