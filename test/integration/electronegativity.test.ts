/** Electron's security checklist, checked by electronegativity over the built main/preload/page. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/paths';

function scan(input?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/electronegativity.mjs'), ...(input ? [input] : [])], { encoding: 'utf8', timeout: 240_000 });
  const findings = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { issue: string; severity: string });
  return { status: r.status, findings };
}

test('the built app has no high-severity finding', () => {
  const { status, findings } = scan();
  expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
  // Nor any finding, at any severity, on the checklist items we claim.
  const claimed = [
    'CONTEXT_ISOLATION_JS_CHECK',
    'NODE_INTEGRATION_JS_CHECK',
    'SANDBOX_JS_CHECK',
    'WEB_SECURITY_JS_CHECK',
    'LIMIT_NAVIGATION_GLOBAL_CHECK',
    'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    'HTTP_RESOURCES_JS_CHECK',
    'AUXCLICK_JS_CHECK',
  ];
  expect(findings.map((f) => f.issue).filter((i) => claimed.includes(i))).toEqual([]);
  expect(status).toBe(0);
}, 240_000);

test('the scanner does flag an insecure main process (so the clean result means something)', () => {
  const { status, findings } = scan(path.join(ROOT, 'test/fixtures/insecure-electron'));
  const high = findings.filter((f) => f.severity === 'HIGH').map((f) => f.issue);
  expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
  expect(findings.map((f) => f.issue)).toEqual(expect.arrayContaining(['SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']));
  expect(status).toBe(1);
}, 240_000);
