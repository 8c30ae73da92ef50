/**
 * The 公文校对 actions of a draft page: select, 修正, 全部修正 per class, 忽略. Fixes in lead and
 * body go through the editor (one undo step each); the title's and the attachments' (附件)
 * through the header fields, which hold them. 忽略 is stored with the draft in the database
 * (it survives a reload and travels in data packages); 全部修正 uses the organ's 自定义词典.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { Finding, FindingLocation } from '../../../shared/check/index';
import type { Meta, ReportDocument } from '../../../shared/model/document';
import { applyFixes, findingKey, fixAll, type ProofClass, type ProofFinding } from '../../../shared/proofread/index';
import type { ReportEditorHandle } from '../editor/ReportEditor';
import { api } from '../api/client';
import type { ProofActions } from './ProofControls';
import { useDictionary } from './dictionary';

/** Where 忽略 was kept before it moved into the database: read once, moved, removed. */
const oldStoreKey = (draftId: string) => `gw-proof-ignored:${draftId}`;

function takeOldIgnored(draftId: string): string[] {
  try {
    const raw = localStorage.getItem(oldStoreKey(draftId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 1_000) : [];
  } catch {
    return [];
  }
}

/** The part of a finding applyFixes reads. */
const asFixable = (f: Finding, to: string): ProofFinding => ({
  rule: f.rule,
  class: f.class ?? 'words',
  level: 'warning',
  message: f.message,
  range: f.range!,
  unitKind: 'paragraph',
  text: f.fix?.from ?? '',
  fix: { from: f.fix?.from ?? '', to },
});

/** Text the header fields hold (the title, the attachments), not the editor. */
const inMeta = (path: readonly (string | number)[] | undefined) => path?.[0] === 'meta';

export function useProofActions(opts: {
  draftId: string;
  editor: RefObject<ReportEditorHandle | null>;
  docRef: RefObject<ReportDocument>;
  onMetaChange: (update: (meta: Meta) => Meta) => void;
  locate: (l: FindingLocation) => void;
}): { actions: ProofActions; visible: (findings: readonly Finding[], doc: ReportDocument) => Finding[] } {
  const { draftId, editor, docRef, onMetaChange, locate } = opts;
  const dictionary = useDictionary();
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(() => new Set());
  const keyOf = useCallback(
    (f: Pick<ProofFinding, 'rule' | 'range'>, doc: ReportDocument) => findingKey(f, unitText(doc, f.range.path)),
    [],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        let { keys } = await api['proofread.ignored']({ draftId });
        const old = takeOldIgnored(draftId).filter((k) => !keys.includes(k));
        if (old.length) keys = (await api['proofread.ignore']({ draftId, keys: old.slice(0, 1_000) })).keys;
        localStorage.removeItem(oldStoreKey(draftId));
        if (live) setIgnored(new Set(keys));
      } catch {
        // Unreadable: every finding shows; nothing is lost (the stored keys stay as they are).
      }
    })();
    return () => {
      live = false;
    };
  }, [draftId]);

  const actions = useMemo<ProofActions>(() => {
    const setMetaFrom = (fixed: ReportDocument) =>
      onMetaChange((m) => ({ ...m, title: fixed.meta.title, attachments: fixed.meta.attachments }));
    return {
      ignoredCount: ignored.size,
      select(f) {
        if (!f.range || inMeta(f.range.path) || !editor.current?.selectRange(f.range)) locate(f.location);
      },
      fix(f) {
        const to = f.fix?.to ?? f.suggestion;
        if (!f.range || to === undefined) return;
        // An offered replacement (今年 → 2024年) replaces the characters found.
        const fixable = asFixable(f.fix ? f : { ...f, fix: { from: textAt(docRef.current, f), to } }, to);
        if (inMeta(f.range.path)) {
          const r = applyFixes(docRef.current, [fixable]);
          if (r.applied.length) setMetaFrom(r.doc);
          return;
        }
        editor.current?.rewrite((doc) => {
          const r = applyFixes(doc, [fixable]);
          return r.applied.length ? r.doc : doc;
        });
      },
      fixClass(c: ProofClass) {
        const skip = (f: ProofFinding, doc: ReportDocument) => ignored.has(keyOf(f, doc));
        editor.current?.rewrite((doc) => {
          const r = fixAll(doc, [c], skip, dictionary);
          return r.applied.length ? r.doc : doc;
        });
        const r = fixAll(docRef.current, [c], skip, dictionary);
        if (r.applied.some((f) => inMeta(f.range.path))) setMetaFrom(r.doc);
      },
      ignore(f) {
        if (!f.range) return;
        const key = keyOf({ rule: f.rule, range: f.range }, docRef.current);
        setIgnored((s) => new Set(s).add(key));
        // Not stored (a full disk): hidden for this session only, shown again next time.
        api['proofread.ignore']({ draftId, keys: [key] }).catch(() => undefined);
      },
      restoreIgnored() {
        setIgnored(new Set());
        api['proofread.unignore']({ draftId }).catch(() => undefined);
      },
    };
  }, [draftId, editor, docRef, onMetaChange, locate, ignored, keyOf, dictionary]);

  const visible = useCallback(
    (findings: readonly Finding[], doc: ReportDocument) =>
      ignored.size
        ? findings.filter((f) => !f.class || !f.range || !ignored.has(keyOf({ rule: f.rule, range: f.range }, doc)))
        : [...findings],
    [ignored, keyOf],
  );
  return { actions, visible };
}

/** A unit's text, read from the document by its path. */
function unitText(doc: ReportDocument, path: readonly (string | number)[]): string {
  let node: unknown = doc;
  for (const k of path) node = (node as Record<string | number, unknown> | undefined)?.[k];
  if (typeof node === 'string') return node;
  return ((node as { runs?: { text: string }[] } | undefined)?.runs ?? []).map((r) => r.text).join('');
}

/** The characters a finding points at. */
function textAt(doc: ReportDocument, f: Finding): string {
  return f.range ? unitText(doc, f.range.path).slice(f.range.start, f.range.end) : '';
}
