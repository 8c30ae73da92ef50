/**
 * The 公文校对 actions of a draft page: select, 修正, 全部修正 per class, 忽略. Fixes in lead and
 * body go through the editor (one undo step each); the title's through the header fields. 忽略
 * is remembered per draft on this computer.
 */
import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { Finding, FindingLocation } from '../../../shared/check/index';
import type { Meta, ReportDocument } from '../../../shared/model/document';
import { applyFixes, findingKey, fixAll, type ProofClass, type ProofFinding } from '../../../shared/proofread/index';
import type { ReportEditorHandle } from '../editor/ReportEditor';
import type { ProofActions } from './ProofControls';

const storeKey = (draftId: string) => `gw-proof-ignored:${draftId}`;

function loadIgnored(draftId: string): Set<string> {
  try {
    const raw = localStorage.getItem(storeKey(draftId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
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

export function useProofActions(opts: {
  draftId: string;
  editor: RefObject<ReportEditorHandle | null>;
  docRef: RefObject<ReportDocument>;
  onMetaChange: (update: (meta: Meta) => Meta) => void;
  locate: (l: FindingLocation) => void;
}): { actions: ProofActions; visible: (findings: readonly Finding[], doc: ReportDocument) => Finding[] } {
  const { draftId, editor, docRef, onMetaChange, locate } = opts;
  const [ignored, setIgnored] = useState(() => loadIgnored(draftId));
  const keyOf = useCallback(
    (f: Pick<ProofFinding, 'rule' | 'range'>, doc: ReportDocument) => findingKey(f, unitText(doc, f.range.path)),
    [],
  );

  const actions = useMemo<ProofActions>(() => {
    const inTitle = (f: Finding) => f.range?.path[0] === 'meta';
    return {
      select(f) {
        if (!f.range || inTitle(f) || !editor.current?.selectRange(f.range)) locate(f.location);
      },
      fix(f) {
        const to = f.fix?.to ?? f.suggestion;
        if (!f.range || to === undefined) return;
        // An offered replacement (今年 → 2024年) replaces the characters found.
        const fixable = asFixable(f.fix ? f : { ...f, fix: { from: textAt(docRef.current, f), to } }, to);
        if (inTitle(f)) {
          const r = applyFixes(docRef.current, [fixable]);
          if (r.applied.length) onMetaChange((m) => ({ ...m, title: r.doc.meta.title }));
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
          const r = fixAll(doc, [c], skip);
          return r.applied.length ? r.doc : doc;
        });
        const title = fixAll(docRef.current, [c], skip).doc.meta.title;
        if (title !== docRef.current.meta.title) onMetaChange((m) => ({ ...m, title }));
      },
      ignore(f) {
        if (!f.range) return;
        setIgnored((s) => {
          const next = new Set(s).add(keyOf({ rule: f.rule, range: f.range! }, docRef.current));
          try {
            localStorage.setItem(storeKey(draftId), JSON.stringify([...next]));
          } catch {
            // Full or unavailable storage: ignored for this session only.
          }
          return next;
        });
      },
    };
  }, [draftId, editor, docRef, onMetaChange, locate, ignored, keyOf]);

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
