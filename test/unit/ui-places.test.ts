/**
 * A message that sends the clerk somewhere on screen (“请在“文件信息”中填写”, “已在“历史版本”中记下”)
 * names a place the screen has: each step of the path (“设置 › 机关信息”) is a label the renderer
 * itself shows — a tab, a page, a section, a button. Caught: import notes that sent the clerk to
 * 页眉信息, a name no screen carried, unquoted so nobody took it for a label.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths';

/** Every file of clerk-facing wording: the message files of the core, the back end and the renderer. */
function messageFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...messageFiles(rel));
    else if (/messages\.ts$/.test(e.name)) out.push(rel);
  }
  return out;
}
const FILES = ['shared', 'electron', 'renderer/src'].flatMap(messageFiles);
const text = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The labels the renderer shows: its short message strings, without a parenthesised aside. */
const LABELS = new Set(
  FILES.filter((f) => f.startsWith('renderer/'))
    .flatMap((f) => [...text(f).matchAll(/'([^'\n]{2,16})'/g)].map((m) => m[1]!.replace(/（[^）]*）$/, '').trim()))
    .filter((l) => /^[\u4e00-\u9fff A-Za-z]+$/.test(l)),
);

/** Places that are not ours to label: the system's own dialogs, a part of the report itself. */
const NOT_OURS = new Set(['打印对话框', '主要举措和成效']);

const STEP = /\s*(?:›|→|\\u00a0›\\u00a0)\s*/;

test('a place named in a message is one the screen shows, quoted, step by step', () => {
  const named: string[] = [];
  const unknown: string[] = [];
  const unquoted: string[] = [];
  for (const file of FILES) {
    const src = text(file);
    for (const m of src.matchAll(/在“([^”$]{2,30})”(?:中|里|页|标签)/g)) {
      if (NOT_OURS.has(m[1]!)) continue;
      named.push(m[1]!);
      for (const step of m[1]!.split(STEP)) if (!LABELS.has(step)) unknown.push(`${file}: “${m[1]}” (${step})`);
    }
    for (const m of src.matchAll(/在([\u4e00-\u9fff]{2,8})(?:中|里)(?:填写|修改|补齐|补充|设置|选择|查看|勾选)/g))
      if (!NOT_OURS.has(m[1]!)) unquoted.push(`${file}: ${m[0]}`);
  }
  expect(unknown).toEqual([]);
  expect(unquoted).toEqual([]);
  // The check has something to check: the places messages do name, and labels to find them in.
  expect(named.length).toBeGreaterThanOrEqual(5);
  for (const l of ['文件信息', '检查', '历史版本', '设置', '机关信息']) expect(LABELS.has(l), l).toBe(true);
});
