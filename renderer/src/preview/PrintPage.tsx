/**
 * The print route `#/draft/<id>/preview?variant=…`: only the paged preview's sheets, with print CSS
 * (A4, no margins, one sheet per page). Electron prints it with printToPDF (electron/pdf.ts), the
 * tests with Chromium's page.pdf(), a browser with its own 打印 → 另存为 PDF (`&print=1`).
 *
 * `<html data-gw-print>` tells the printer when to print: 'ready' once the draft is drawn and the
 * fonts are loaded, 'error' when the draft cannot be opened.
 */
import { useEffect, useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { VERSION_SUFFIX, type ExportVariant } from '../../../shared/export/variant';
import { EXPORT_MESSAGES } from '../../../shared/export/messages';
import { api, asCallError } from '../api/client';
import { PagedPreview } from './PagedPreview';
import { loadFontChoice, type FontChoice } from './fontSettings';
import { PV } from './messages';
import './preview.css';

export function PrintPage({ id, variant, print }: { id: string; variant: ExportVariant; print: boolean }) {
  const [state, setState] = useState<{ doc: ReportDocument; fonts: FontChoice } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([api['drafts.get']({ id }), loadFontChoice().catch(() => ({}))])
      .then(([draft, fonts]) => live && setState({ doc: draft.doc, fonts }))
      .catch((e) => live && setState({ error: asCallError(e).message }));
    return () => {
      live = false;
    };
  }, [id]);

  const ready = state !== null && 'doc' in state;
  useEffect(() => {
    const root = document.documentElement;
    if (state && 'error' in state) root.dataset.gwPrint = 'error';
    if (!ready) return;
    document.title = `${state.doc.meta.title || EXPORT_MESSAGES.untitled}${VERSION_SUFFIX[variant]}`;
    let live = true;
    // The sheets are in the DOM (effects run after commit); wait for their fonts, then a frame.
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!live) return;
        root.dataset.gwPrint = 'ready';
        if (print) window.print();
      }),
    );
    return () => {
      live = false;
      delete root.dataset.gwPrint;
    };
  }, [ready, state, variant, print]);

  return (
    <main className="gw-print-page">
      {state === null && <p className="gw-print-status gw-muted">{PV.laying}</p>}
      {state && 'error' in state && (
        <p className="gw-print-status gw-error" role="alert">
          {state.error}
        </p>
      )}
      {ready && <PagedPreview doc={state.doc} variant={variant} fonts={state.fonts} showCount={false} />}
    </main>
  );
}
