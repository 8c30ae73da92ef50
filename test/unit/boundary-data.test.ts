/**
 * The boundary's pure parts: which characters XML 1.0 forbids, export file names, lookups by
 * name among own keys only, the section-depth measure, known engine failures in Chinese, and the
 * windows' webPreferences (DevTools off when packaged), all in plain Node.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { hasNonXmlChars, NON_XML_SAMPLES, stripNonXmlChars, stripNonXmlDeep } from '../../shared/model/xml-chars';
import { safeFileStem } from '../../shared/file-name';
import { keyedRecord, ownValue } from '../../shared/own';
import { LIMITS, sectionDepth } from '../../shared/model/limits';
import { allSections, numberSections } from '../../shared/headings/index';
import { ReportDocument } from '../../shared/model/document';
import { toErrorPayload } from '../../shared/errors';
import { lockedWebPreferences } from '../../electron/security/web-preferences';
import { translateSqliteError } from '../../electron/store/sqlite-errors';
import { fileError } from '../../electron/fs/atomic-write';
import { ROOT } from '../helpers/paths';
import { newReport } from '../helpers/storage';

describe('characters XML 1.0 forbids', () => {
  test('each is removed, and only it', () => {
    for (const c of NON_XML_SAMPLES) expect(stripNonXmlChars(`甲${c}乙`), c.charCodeAt(0).toString(16)).toBe('甲乙');
    // Every C0 control but tab, LF and CR.
    for (let i = 0; i < 0x20; i++) {
      const c = String.fromCharCode(i);
      expect(hasNonXmlChars(c), i.toString(16)).toBe(![0x9, 0xa, 0xd].includes(i));
    }
  });

  test('what XML 1.0 allows stays: tab, LF, CR, C1 controls, U+D7FF, U+E000, U+FDD0–U+FDEF, U+FFFD, pairs', () => {
    const legal = '\t\n\r\u0085\u009F\uD7FF\uE000\uFDD0\uFDEF\uFFFD\uD800\uDC00\uDBFF\uDFFF😀';
    expect(stripNonXmlChars(legal)).toBe(legal);
    expect(hasNonXmlChars(legal)).toBe(false);
  });

  test('lone surrogates go, pairs stay, wherever they stand', () => {
    expect(stripNonXmlChars('\uDC00\uD800')).toBe('');
    expect(stripNonXmlChars('a\uD800')).toBe('a');
    expect(stripNonXmlChars('\uDC00a')).toBe('a');
    expect(stripNonXmlChars('\uD800\uD800\uDC00')).toBe('\uD800\uDC00');
  });

  test('the deep strip shares what did not change and keeps a "__proto__" key a plain key', () => {
    const clean = { a: ['x', { b: 'y' }] };
    expect(stripNonXmlDeep(clean)).toBe(clean);
    const hostile = JSON.parse('{"__proto__": "a\\uffff", "list": ["b\\u0001"]}') as Record<string, unknown>;
    const out = stripNonXmlDeep(hostile);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('a');
    expect(out.list).toEqual(['b']);
  });

  test('the document schema strips every string it parses', () => {
    const doc = newReport();
    doc.meta.title = '标\uFFFE题';
    doc.meta.cc = ['抄\u0008送'];
    const parsed = ReportDocument.parse(doc);
    expect([parsed.meta.title, parsed.meta.cc[0]]).toEqual(['标题', '抄送']);
  });
});

describe('export file names', () => {
  test.each([
    ['报告\u202Excod.exe', '报告xcod.exe'],
    ['\u200B\u200C\u200D\u200E\u200F报告\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\uFEFF\u00AD\u2060', '报告'],
    ['a\u0001b\u007Fc', 'a_b_c'],
    ['行\u2028分\u2029段\t制表', '行 分 段 制表'],
    ['报告\uFFFF\uD800', '报告'],
    ['a/b:c*d?"e"<f>|g. ', 'a_b_c_d__e__f__g'],
    ['报告. . .', '报告'],
    ['', '未命名公文'],
    ['\u202E', '未命名公文'],
  ])('%j → %j', (title, stem) => {
    expect(safeFileStem(title, '未命名公文')).toBe(stem);
  });

  test('Windows device names, with or without an extension, any case, trailing spaces', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'CONIN$', 'conout$']) {
      expect(safeFileStem(name, 'x')).toBe(`${name}_`);
      expect(safeFileStem(`${name}.报告`, 'x')).toBe(`${name}_.报告`);
      expect(safeFileStem(`${name} .txt`, 'x')).toBe(`${name} _.txt`);
    }
    for (const fine of ['CONTEXT', 'COM10', 'NULL', '报告.CON', 'LPT']) expect(safeFileStem(fine, 'x')).toBe(fine);
  });

  test('cut to the limit by code point, never half a pair', () => {
    const stem = safeFileStem('😀'.repeat(200), 'x');
    expect(Array.from(stem)).toHaveLength(120);
    expect(hasNonXmlChars(stem)).toBe(false);
  });
});

describe('lookups by name', () => {
  test('own keys only', () => {
    const table: Record<string, number> = { a: 1 };
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(ownValue(table, key)).toBeUndefined();
    expect(ownValue(table, 'a')).toBe(1);
    const rec = keyedRecord<string>();
    rec['__proto__'] = 'x';
    expect(Object.keys(rec)).toEqual(['__proto__']);
    expect(rec.constructor).toBeUndefined();
  });

  test('an error payload with a code from the prototype is not a payload', () => {
    expect(toErrorPayload({ code: 'toString', message: 'x' }).code).toBe('INTERNAL');
    expect(toErrorPayload({ code: 'constructor', message: 'x' }).code).toBe('INTERNAL');
  });
});

describe('nesting', () => {
  /** Raw blocks `depth` sections deep, built without recursion. */
  function deep(depth: number): unknown[] {
    const top: unknown[] = [];
    let list = top;
    for (let d = 1; d <= depth; d++) {
      const children: unknown[] = [];
      list.push({ type: 'section', id: `s${d}`, level: 1, heading: '', runIn: false, children });
      list = children;
    }
    return top;
  }

  test('the depth measure stops one past the limit, on any input', () => {
    expect(sectionDepth(deep(3))).toBe(3);
    expect(sectionDepth(deep(100_000))).toBe(LIMITS.sectionDepth + 1);
    expect(sectionDepth([null, 1, 'x', { children: 'no' }])).toBe(0);
    expect(sectionDepth(undefined)).toBe(0);
  });

  test('numbering and the section list walk 100,000 deep without overflowing', () => {
    const blocks = deep(100_000) as never[];
    expect(numberSections(blocks).size).toBe(100_000);
    expect(allSections(blocks)).toHaveLength(100_000);
  });

  test('known storage and file failures get their own Chinese message', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']) {
      const e = toErrorPayload(translateSqliteError(Object.assign(new Error('database is locked'), { code })));
      expect([e.code, e.message]).toEqual(['FILE_BUSY', expect.stringContaining('数据文件正被另一个程序占用')]);
    }
    const long = toErrorPayload(fileError(Object.assign(new Error('x'), { code: 'ENAMETOOLONG' }), '/tmp/' + '长'.repeat(300) + '.docx'));
    expect([long.code, long.message]).toEqual(['BAD_FILE', expect.stringContaining('文件名或保存路径过长')]);
  });

  test('known engine failures are said in Chinese; anything else is the generic message', () => {
    const stack = toErrorPayload(new RangeError('Maximum call stack size exceeded'));
    expect(stack.code).toBe('TOO_LARGE');
    expect(stack.message).toContain('层级过深');
    expect(toErrorPayload(new RangeError('Invalid string length')).message).toContain('内容过大');
    expect(toErrorPayload(new RangeError('Invalid time value')).code).toBe('INTERNAL');
    expect(toErrorPayload(new TypeError('x is not a function')).code).toBe('INTERNAL');
  });
});

describe('webPreferences', () => {
  test('locked down, DevTools only in a development build', () => {
    const packaged = lockedWebPreferences('/app/preload.cjs', true);
    expect(packaged).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(lockedWebPreferences('/p', false).devTools).toBe(true);
  });

  test('every window the main process opens takes them, keyed on app.isPackaged', () => {
    for (const file of ['electron/main.ts', 'electron/pdf.ts']) {
      const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const windows = src.match(/new BrowserWindow\(/g)?.length ?? 0;
      expect(windows, file).toBeGreaterThan(0);
      expect(src.match(/webPreferences: lockedWebPreferences\(.*, app\.isPackaged\),/g)?.length, file).toBe(windows);
    }
  });
});
