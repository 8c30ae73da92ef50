/**
 * Text that XML 1.0 cannot carry, and documents nested past any sensible depth, at every way in:
 * saved through the bridge, imported from a .docx, given with `gongwen export --set`, or handed
 * straight to the .docx writer (a stored draft read leniently). Every exported part parses as
 * XML in a real parser and LibreOffice opens the file; a draft nested 800 or 10,000 sections deep
 * gets a Chinese 400 / exit 2, never a stack overflow. Real SQLite file, real bridge, real
 * LibreOffice, real Chromium.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type Bridge } from '../../electron/web/bridge';
import { openDatabase } from '../../electron/store/database';
import type { DB } from '../../electron/store/sqlite';
import { createContext, createHandlers } from '../../electron/services/index';
import { runCli } from '../../electron/cli/main';
import { buildDocx } from '../../shared/docx/index';
import { LIMITS } from '../../shared/model/limits';
import { hasNonXmlChars, NON_XML_SAMPLES } from '../../shared/model/xml-chars';
import type { Block, ReportDocument, Section } from '../../shared/model/document';
import { DIST, ROOT, rm, tempDir } from '../helpers/paths';
import { postJson } from '../helpers/bridge';
import { launchBrowser } from '../helpers/browser';
import { malformedParts, xmlParts } from '../helpers/xml-parts';
import { renderPdf } from '../helpers/render';
import { newReport } from '../helpers/storage';
import { docxText } from '../helpers/docx-text';

let bridge: Bridge;
let db: DB;
let dir: string;
let browser: Browser;
let page: Page;
const TOKEN = 'hostile-text-token';
const exported: string[] = [];

beforeAll(async () => {
  dir = tempDir('gongwen-hostile-');
  db = openDatabase(path.join(dir, 'data'));
  const handlers = createHandlers(
    createContext(db, path.join(dir, 'data'), {
      saveExport: async (name, bytes) => {
        const file = path.join(dir, `${exported.length}-${name}`);
        fs.writeFileSync(file, bytes);
        exported.push(file);
        return file;
      },
    }),
  );
  bridge = await startBridge({ handlers, token: TOKEN, staticDir: path.join(DIST, 'renderer'), exportDir: path.join(dir, 'exports'), port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  bridge.server.closeAllConnections();
  await bridge.close();
  db.close();
  rm(dir);
});

const call = <T = any>(name: string, input: unknown) => postJson<T>(`http://127.0.0.1:${bridge.port}/api/${name}`, input, { 'x-gongwen-token': TOKEN });

/** Every string in a value, found without recursion limits mattering (documents here are shallow). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, out.concat(k));
  return out;
}

/** `A<c>B` in every kind of text a document holds: header fields, headings, runs, a table, an attachment. */
function carrying(doc: ReportDocument, c: string): ReportDocument {
  const t = (s: string) => `甲${c}乙${s}`;
  const copy = structuredClone(doc);
  const m = copy.meta;
  Object.assign(m, { title: t('标题'), addressee: t('主送'), note: t('附注'), printedBy: t('印发'), cc: [t('抄送')], signers: [t('签发')] });
  m.organ.headerText = t('文头');
  m.organ.fullName = t('全称');
  m.signature.organ = t('署名');
  m.attachments = [{ title: t('附件'), blocks: [{ type: 'paragraph', runs: [{ text: t('附件正文') }] }] }];
  const first = copy.body.find((b): b is Section => b.type === 'section')!;
  first.heading = t('小标题');
  const table: Block = { type: 'table', headerRows: 1, rows: [[{ runs: [{ text: t('表头') }] }], [{ runs: [{ text: t('表格') }] }]] };
  first.children = [{ type: 'paragraph', runs: [{ text: t('正文') }] }, table, ...first.children];
  copy.lead = [{ type: 'paragraph', runs: [{ text: t('开头') }] }];
  return copy;
}

async function expectWellFormed(docx: Uint8Array, label: string): Promise<void> {
  const parts = await xmlParts(docx);
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  expect(Object.keys(parts).some((n) => /^word\/(header|footer)\d*\.xml$/.test(n)), label).toBe(true);
  for (const [name, bytes] of Object.entries(parts)) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(hasNonXmlChars(text), `${label} ${name}`).toBe(false);
  }
  expect(await malformedParts(page, parts), label).toEqual([]);
}

const codeOf = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('characters XML 1.0 forbids', () => {
  test('saved through the bridge: stored without them, every part of the export parses', async () => {
    // Each on its own (what was around it stays), then all at once, exported.
    for (const c of [...NON_XML_SAMPLES, NON_XML_SAMPLES.join('')]) {
      const created = await call('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
      expect(created.status).toBe(200);
      const doc = carrying(created.body.doc, c);
      const saved = await call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc });
      expect(saved.status, codeOf(c)).toBe(200);
      const stored = (await call('drafts.get', { id: created.body.id })).body.doc;
      expect(strings(stored).filter(hasNonXmlChars), codeOf(c)).toEqual([]);
      expect(stored.meta.title).toBe('甲乙标题');
      // The rename call is not a document; the gate strips its strings too.
      expect((await call('drafts.rename', { id: created.body.id, title: `改${c}名` })).status).toBe(200);
      expect((await call('drafts.get', { id: created.body.id })).body.title).toBe('改名');
      if (c.length === 1) continue;
      const out = await call('export.docx', { id: created.body.id, variant: 'draft' });
      expect(out.status).toBe(200);
      await expectWellFormed(fs.readFileSync(out.body.path), 'bridge');
    }
  });

  test('imported from a .docx carrying them: the built document has none', async () => {
    const text = NON_XML_SAMPLES.join('');
    const file = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(`关于2024年度法治政府建设情况的报告${text}`)] }), new Paragraph(`一、主要举措${text}和成效`), new Paragraph(`正文${text}内容`)] }] }),
    );
    const r = await call('drafts.import', { fileName: '带控制字符.docx', dataBase64: Buffer.from(file).toString('base64'), year: 2024 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(strings(r.body.draft.doc).filter(hasNonXmlChars)).toEqual([]);
    // The file really carries U+FFFE/U+FFFF (the docx package drops C0 controls itself, and UTF-8
    // turns lone surrogates into U+FFFD, which is legal).
    const xml = await (await import('jszip')).default.loadAsync(file).then((z) => z.file('word/document.xml')!.async('string'));
    expect(xml).toContain('\ufffe\uffff');
    expect(JSON.stringify(r.body.draft.doc)).toMatch(/正文\uFFFD*内容/);
  });

  test('`gongwen export --set`: the fields are set without them, every part parses', async () => {
    const draft = path.join(dir, 'set.json');
    fs.writeFileSync(draft, JSON.stringify(newReport()));
    const all = NON_XML_SAMPLES.join('');
    const out = path.join(dir, 'set.docx');
    const fields = ['title', 'addressee', 'note', 'header', 'organ', 'printedBy', 'signers', 'cc'];
    const { code, err } = await cli(['export', draft, '--draft', '-o', out, ...fields.flatMap((f) => ['--set', `${f}=甲${all}乙`])]);
    expect(code, JSON.stringify(err)).toBe(0);
    await expectWellFormed(fs.readFileSync(out), '--set');
    expect(await docxText(out)).toContain('甲乙');
  });

  test('handed straight to the .docx writer (no schema on the way): every part of every variant parses, and LibreOffice opens it', async () => {
    // A document no schema has seen: every field carries every forbidden character.
    const all = NON_XML_SAMPLES.join('');
    const raw = carrying(newReport(), all);
    const files: string[] = [];
    for (const variant of ['official', 'web', 'draft'] as const) {
      const bytes = await buildDocx(raw, { variant, fonts: { body: `仿宋${all}` } });
      await expectWellFormed(bytes, `writer ${variant}`);
      const file = path.join(dir, `raw-${variant}.docx`);
      fs.writeFileSync(file, bytes);
      files.push(file);
    }
    const pdfs = renderPdf(files, dir);
    for (const pdf of pdfs) expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('甲乙正文');
  });
});

/** The CLI in this process, with its output captured. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', path.join(dir, 'cli-data'), ...argv], { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir });
  return { code, out, err };
}

/**
 * A draft whose last top-level section holds a section holding a section … `depth` deep, as JSON
 * text: built as a string, since JSON.stringify itself recurses and would overflow first.
 */
function nestedJson(depth: number, wrap: (doc: string) => string = (d) => d): string {
  const doc = newReport();
  (doc.body as unknown[]).push('@@DEEP@@');
  const open = (d: number) => `{"type":"section","id":"s${d}","level":${Math.min(d, 4)},"heading":"第${d}层","runIn":false,"children":[`;
  const inner = '{"type":"paragraph","runs":[{"text":"最内层正文"}]}';
  const deep = Array.from({ length: depth }, (_, i) => open(i + 1)).join('') + inner + ']}'.repeat(depth);
  return wrap(JSON.stringify(doc).replace('"@@DEEP@@"', deep));
}

describe('sections nested past the limit', () => {
  test.each([800, 10_000])('%i deep through the bridge: a Chinese 400 on save and check, the draft unchanged', async (depth) => {
    const created = await call('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
    const saved = await call('drafts.save', nestedJson(depth, (doc) => `{"id":"${created.body.id}","baseRevision":${created.body.revision},"doc":${doc}}`));
    expect(saved.status).toBe(400);
    expect(saved.body.message).toContain(`章节层级过深（超过 ${LIMITS.sectionDepth} 层）`);
    const checked = await call('check.run', nestedJson(depth, (doc) => `{"doc":${doc}}`));
    expect(checked.status).toBe(400);
    expect(checked.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await call('drafts.get', { id: created.body.id })).body.revision).toBe(created.body.revision);
    // The bridge still answers.
    expect((await call('templates.list', {})).status).toBe(200);
  });

  test('at the limit the draft saves, checks and exports', async () => {
    const created = await call('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
    const doc = JSON.parse(nestedJson(LIMITS.sectionDepth)) as ReportDocument;
    const saved = await call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await call('check.run', { id: created.body.id })).status).toBe(200);
    expect((await call('search.query', { q: '最内层正文' })).body.hits?.length ?? 0).toBeGreaterThan(0);
    const out = await call('export.docx', { id: created.body.id, variant: 'draft' });
    expect(out.status).toBe(200);
    expect((await call('drafts.save', { id: created.body.id, baseRevision: saved.body.revision, doc: JSON.parse(nestedJson(LIMITS.sectionDepth + 1)) })).status).toBe(400);
  });

  test.each([800, 10_000])('%i deep through the CLI (export and check): exit 2 with a Chinese message', async (depth) => {
    const file = path.join(dir, `deep-${depth}.json`);
    fs.writeFileSync(file, nestedJson(depth));
    for (const args of [['export', file, '--draft', '-o', path.join(dir, 'deep.docx')], ['check', file]]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('章节层级过深');
      expect(r.err).not.toContain('程序内部出错');
    }
  });
});

test('10,000 deep through the built CLI, in its own process: exit 2 with a Chinese message', () => {
  const file = path.join(dir, 'deep-built.json');
  fs.writeFileSync(file, nestedJson(10_000));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), 'check', file, '--data-dir', path.join(dir, 'cli-built')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('章节层级过深');
});

describe('names are looked up among own keys only', () => {
  test.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'])(
    '`--set %s=x` is an unknown field, in Chinese',
    async (name) => {
      const draft = path.join(dir, 'proto.json');
      fs.writeFileSync(draft, JSON.stringify(newReport()));
      const r = await cli(['export', draft, '--draft', '-o', path.join(dir, 'proto.docx'), '--set', `${name}=x`]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`未知字段“${name}”`);
      expect(r.err).not.toMatch(/程序内部出错|TypeError/);
    },
  );

  test.each(['__proto__', 'constructor', 'toString'])('`%s` as an argument or a command is read as text, not as a flag alias', async (name) => {
    const asFile = await cli(['export', name, '--draft']);
    expect(asFile.code).toBe(2);
    expect(asFile.err).not.toMatch(/程序内部出错|TypeError/);
    const asCommand = await cli([name]);
    expect(asCommand.code).toBe(2);
    expect(asCommand.err).toContain(`未知命令：${name}`);
  });

  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('the bridge call `%s` is unknown, not a crash', async (name) => {
    const r = await call(name, {});
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('UNKNOWN_CALL');
  });
});
