/**
 * Trailing-set regexes (/[\s。]+$/, /\s+$/, /\t+$/ …) are quadratic in V8 on a long run of those
 * characters that does not reach the end: a 60 KB line of spaces held the bridge for 17 s. Every
 * such trim goes through shared/trim.ts; this test finds any that comes back in the sources, and
 * checks the helpers themselves.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import { trimChars, trimEndChars, trimStartChars } from '../../shared/trim';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const REGEX_LITERAL = /\/((?:[^/\n\\]|\\.)+)\/[dgimsuy]*/g;
/** A repeated class, \s or \t right before "$". */
const SET_AT_END = /(?:\]|\\s|\\t)[+*]\)?\$/;

/**
 * A regex literal with a trailing set that is not pinned to the start of the string (an anchored
 * /^[a-z]+$/ is tried from one position only, and is linear).
 */
function trailingSet(line: string): boolean {
  for (const m of line.matchAll(REGEX_LITERAL)) {
    const body = m[1]!;
    if (SET_AT_END.test(body) && (!body.startsWith('^') || body.includes('|'))) return true;
  }
  return false;
}

test('no trailing-set regex anywhere in shared/, renderer/src or electron/', () => {
  const offenders: string[] = [];
  for (const dir of ['shared', 'renderer/src', 'electron']) {
    for (const file of sources(path.join(ROOT, dir))) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim().startsWith('*') && !line.trim().startsWith('//') && trailingSet(line))
            offenders.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  expect(offenders).toEqual([]);
});

test('the pattern finds the regexes it is for', () => {
  for (const bad of ["s.replace(/[\\s\\u3000]+$/, '')", "x.replace(/^\\t+|\\t+$/g, '')", 'const R = /[。．.]+$/;', '/\\s*$/.test(s)'])
    expect(trailingSet(bad), bad).toBe(true);
  for (const ok of ['/^\\d+$/.test(s)', '/^[a-z][a-z0-9-]*$/', "s.replace(/[。.]$/, '')"]) expect(trailingSet(ok), ok).toBe(false);
});

test('the trims: sets at either end, nothing else touched', () => {
  const ws = /[\s\u3000]/;
  expect(trimEndChars('一、标题。　 \t', /[\s\u3000。]/)).toBe('一、标题');
  expect(trimStartChars('\u3000\u3000正文 ', ws)).toBe('正文 ');
  expect(trimChars('\t\ta\tb\t', /\t/)).toBe('a\tb');
  expect(trimChars('   ', ws)).toBe('');
  expect(trimEndChars('', ws)).toBe('');
  // A run that does not reach the end is left alone, in one pass.
  const flood = ' '.repeat(200_000);
  expect(trimEndChars(`${flood}x`, ws)).toBe(`${flood}x`);
  expect(trimEndChars(`x${flood}`, ws)).toBe('x');
});
