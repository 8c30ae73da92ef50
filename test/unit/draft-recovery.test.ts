/**
 * The recovery copy's rules (renderer/src/workspace/recovery.ts), without a browser: what is written
 * and read back, what counts as "the same as stored", what the offer quotes, and what happens
 * when the copy is too large or the storage is full.
 */
import { describe, expect, it } from 'vitest';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';
import { LIMITS } from '../../shared/model/limits';
import { getTemplate, newDocument } from '../../shared/templates';
import {
  RECOVERY_MAX_CHARS,
  decodeCopy,
  documentLines,
  dropCopy,
  encodeCopy,
  firstNewLine,
  keepCopy,
  readCopy,
  recoveryKey,
  sameContent,
  type CopyStorage,
  type RecoveryCopy,
} from '../../renderer/src/workspace/recovery';

function report(): ReportDocument {
  return newDocument(getTemplate('fazhi-annual')!, 2024, { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' });
}

function part(doc: ReportDocument, n: number): Section {
  return doc.body[n - 1] as Section;
}

/** `doc` with a paragraph added at the end of its first part. */
function withLine(doc: ReportDocument, text: string): ReportDocument {
  const copy = structuredClone(doc);
  part(copy, 1).children.push(paragraph(text));
  return copy;
}

function copyOf(doc: ReportDocument, draftId = 'd1'): RecoveryCopy {
  return { draftId, baseRevision: 3, savedAt: '2025-03-01T08:30:00.000Z', doc };
}

/** localStorage as Chromium counts it: characters of keys and values, refused past `quota`. */
class FakeStorage implements CopyStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const before = this.items.get(key);
    const after = this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (after > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('encoding', () => {
  it('reads back what it wrote, for the same draft only', () => {
    const doc = withLine(report(), '全年办理行政复议案件一百二十件。');
    const text = encodeCopy(copyOf(doc))!;
    expect(decodeCopy(text, 'd1')).toEqual(copyOf(doc));
    expect(decodeCopy(text, 'd2')).toBeNull();
  });

  it('keeps a document over a limit (that is when a copy matters most)', () => {
    const doc = report();
    part(doc, 3).heading = '领'.repeat(LIMITS.headingChars + 300);
    expect(decodeCopy(encodeCopy(copyOf(doc)), 'd1')?.doc).toEqual(doc);
  });

  it('refuses what it did not write: no text, bad JSON, another format, missing parts', () => {
    const good = JSON.parse(encodeCopy(copyOf(report()))!);
    const variants = [
      null,
      '',
      '{"v":1,',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, baseRevision: '3' }),
      JSON.stringify({ ...good, savedAt: 'gestern' }),
      JSON.stringify({ ...good, doc: { ...good.doc, body: 'x' } }),
      JSON.stringify({ ...good, doc: null }),
      JSON.stringify([good]),
    ];
    for (const v of variants) expect(decodeCopy(v, 'd1')).toBeNull();
    expect(decodeCopy(JSON.stringify(good), 'd1')).not.toBeNull();
  });

  it('writes nothing over the cap', () => {
    const over = withLine(report(), '字'.repeat(RECOVERY_MAX_CHARS));
    expect(encodeCopy(copyOf(over))).toBeNull();
    // A draft at the full savable size fits well under it.
    const full = report();
    for (let i = 0; i < LIMITS.draftChars / 200; i++) part(full, 1).children.push(paragraph('依法行政'.repeat(50)));
    expect(encodeCopy(copyOf(full))!.length).toBeLessThan(RECOVERY_MAX_CHARS / 2);
  });
});

describe('keeping in storage', () => {
  it('keeps, reads and drops a copy under its draft key', () => {
    const storage = new FakeStorage();
    const copy = copyOf(withLine(report(), '新增一项举措。'));
    expect(keepCopy(storage, copy)).toBe('kept');
    expect([...storage.items.keys()]).toEqual([recoveryKey('d1')]);
    expect(readCopy(storage, 'd1')).toEqual(copy);
    expect(readCopy(storage, 'd2')).toBeNull();
    dropCopy(storage, 'd1');
    expect(readCopy(storage, 'd1')).toBeNull();
  });

  it('a newer copy replaces the older one, even when the storage is nearly full', () => {
    const first = copyOf(withLine(report(), '第一稿。'.repeat(500)));
    const storage = new FakeStorage(encodeCopy(first)!.length + recoveryKey('d1').length + 100);
    expect(keepCopy(storage, first)).toBe('kept');
    const second = { ...first, doc: withLine(report(), '第二稿。'.repeat(500)) };
    expect(keepCopy(storage, second)).toBe('kept');
    expect(readCopy(storage, 'd1')).toEqual(second);
  });

  it('storage full: says so and leaves other drafts’ copies alone', () => {
    const other = copyOf(withLine(report(), '另一份草稿未保存的话。'), 'd2');
    const storage = new FakeStorage(encodeCopy(other)!.length + 2_000);
    expect(keepCopy(storage, other)).toBe('kept');
    expect(keepCopy(storage, copyOf(withLine(report(), '这一份也有。'.repeat(400))))).toBe('no-room');
    expect(readCopy(storage, 'd2')).toEqual(other);
    expect(readCopy(storage, 'd1')).toBeNull();
  });

  it('too large: says so and keeps the older copy of the same draft', () => {
    const storage = new FakeStorage();
    const older = copyOf(withLine(report(), '较早的未保存修改。'));
    keepCopy(storage, older);
    expect(keepCopy(storage, copyOf(withLine(report(), '字'.repeat(RECOVERY_MAX_CHARS))))).toBe('too-large');
    expect(readCopy(storage, 'd1')).toEqual(older);
  });

  it('no storage at all (refused by the browser): nothing kept, nothing thrown', () => {
    expect(keepCopy(null, copyOf(report()))).toBe('no-room');
    expect(readCopy(null, 'd1')).toBeNull();
    expect(() => dropCopy(null, 'd1')).not.toThrow();
  });
});

describe('the same as stored?', () => {
  it('the stored form of the same document is the same: key order, defaults filled', () => {
    const typed = withLine(report(), '新增一项举措。');
    part(typed, 2).children.push({ type: 'table', headerRows: 1, rows: [[{ runs: [{ text: '项目' }] }]] });
    // As the store hands it back: through JSON, with keys in another order and the table's
    // headerRows (a default) missing from the editor's side.
    const stored = JSON.parse(JSON.stringify(typed)) as ReportDocument;
    const editorSide = structuredClone(typed);
    delete (part(editorSide, 2).children[0] as { headerRows?: number }).headerRows;
    const reordered = {
      body: editorSide.body,
      lead: editorSide.lead,
      meta: editorSide.meta,
      schemaVersion: editorSide.schemaVersion,
    } as ReportDocument;
    expect(sameContent(reordered, stored)).toBe(true);
  });

  it('a character more, a title changed, or a document over a limit differs', () => {
    const stored = report();
    expect(sameContent(withLine(stored, '。'), stored)).toBe(false);
    expect(sameContent({ ...stored, meta: { ...stored.meta, title: '另一个标题' } }, stored)).toBe(false);
    const tooLong = structuredClone(stored);
    part(tooLong, 3).heading = '领'.repeat(LIMITS.headingChars + 1);
    expect(sameContent(tooLong, stored)).toBe(false);
  });
});

describe('what the offer quotes', () => {
  it('the first line the stored document does not have', () => {
    const stored = withLine(report(), '已保存的一句。');
    const copy = withLine(withLine(stored, '未保存的第一句。'), '未保存的第二句。');
    expect(firstNewLine(copy, stored)).toBe('未保存的第一句。');
  });

  it('a long line shortened; headings and table cells count as lines', () => {
    const stored = report();
    expect(firstNewLine(withLine(stored, '长'.repeat(100)), stored)).toBe('长'.repeat(60) + '…');
    const heading = structuredClone(stored);
    part(heading, 3).heading = '党政主要负责人履行职责情况（修改）';
    expect(firstNewLine(heading, stored)).toBe('党政主要负责人履行职责情况（修改）');
    const table = structuredClone(stored);
    part(table, 2).children.push({
      type: 'table',
      headerRows: 1,
      rows: [[{ runs: [{ text: '行政复议' }] }, { runs: [{ text: '120件' }] }]],
    });
    expect(firstNewLine(table, stored)).toBe('行政复议');
    expect(documentLines(table)).toContain('120件');
  });

  it('nothing new (only deletions): null', () => {
    const stored = withLine(report(), '后来删掉的一句。');
    expect(firstNewLine(report(), stored)).toBeNull();
  });
});
