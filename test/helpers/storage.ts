/**
 * Storage test helpers: a real SQLite file in a temp folder, a clock that tests can move, and
 * documents of a given size built from the real template.
 */
import { openDatabase } from '../../electron/store/database';
import { Storage } from '../../electron/store/storage';
import type { StoreOptions } from '../../electron/store/drafts';
import { getTemplate, newDocument } from '../../shared/templates';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';

export class FakeClock {
  constructor(public t = Date.parse('2025-03-03T09:00:00+08:00')) {}
  now = (): Date => new Date(this.t);
  advance(minutes: number): void {
    this.t += minutes * 60_000;
  }
}

export function openStorage(dataDir: string, options: StoreOptions = {}): Storage {
  return new Storage(openDatabase(dataDir), dataDir, undefined, options);
}

export const ORGAN = { fullName: '互助土族自治县人民政府', headerText: '互助土族自治县人民政府文件', code: '互政' };

export function newReport(year = 2024): ReportDocument {
  return newDocument(getTemplate('fazhi-annual')!, year, ORGAN);
}

/** Put `text` as the first paragraph of the n-th top-level section. */
export function withText(doc: ReportDocument, text: string, section = 0): ReportDocument {
  const copy = structuredClone(doc);
  const sections = copy.body.filter((b): b is Section => b.type === 'section');
  const s = sections[section]!;
  s.children = [paragraph(text), ...s.children.slice(1)];
  return copy;
}

const PHRASES = [
  '全面推进依法行政，严格规范公正文明执法。',
  '深入开展行政复议体制改革，办理行政复议案件一百二十件。',
  '健全重大行政决策程序，落实合法性审查制度。',
  '加强行政规范性文件备案审查，清理文件三十六件。',
  '推进政务公开，主动公开政府信息两千余条。',
  '开展“八五”普法，组织法治宣传活动八十场次。',
  '强化行政执法监督，开展执法案卷评查。',
  '完善公共法律服务体系，建成村级法律服务点。',
];

/**
 * A report of about `chars` characters: five slot sections, each with （一）（二）… sub-sections of
 * paragraphs of about 200 characters, varied by `seed` so drafts differ.
 */
export function reportOfSize(chars: number, seed = 0, year = 2024): ReportDocument {
  const doc = newReport(year);
  const slots = doc.body.filter((b): b is Section => b.type === 'section');
  const perSlot = Math.ceil(chars / slots.length);
  let n = seed;
  slots.forEach((slot, si) => {
    const children: Section[] = [];
    let size = 0;
    for (let sub = 0; size < perSlot; sub++) {
      const paras = [];
      for (let p = 0; p < 4 && size < perSlot; p++) {
        let text = '';
        while (text.length < 200) text += PHRASES[n++ % PHRASES.length]!;
        text = `第${si + 1}部分第${sub + 1}项第${p + 1}段：` + text;
        size += text.length;
        paras.push(paragraph(text));
      }
      children.push({ type: 'section', id: `s${si}-${sub}`, level: 2, heading: `第${sub + 1}项工作`, runIn: false, children: paras });
    }
    slot.children = children;
  });
  return doc;
}
