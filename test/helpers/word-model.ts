/**
 * A small "Word model" of a .docx: each paragraph's and run's effective properties resolved the
 * way Word does (ISO/IEC 29500-1 §17.7.2): document defaults → table style (in a table) →
 * paragraph style with its basedOn chain (the default paragraph style when none is named) →
 * character style chain (runs) → direct formatting. Only on/off properties are resolved; a property
 * set nowhere is `undefined` (the application default then applies).
 */
import JSZip from 'jszip';
import { attr, child, childElements, parseXml, type XmlElement } from './xml-tree';

/** Property element by local name ("kinsoku"), the one that won. */
export type PropMap = Map<string, XmlElement>;

export interface ResolvedRun {
  text: string;
  props: PropMap;
}
export interface ResolvedParagraph {
  part: string;
  text: string;
  inTable: boolean;
  /** Paragraph style chain, root first. */
  styles: string[];
  props: PropMap;
  runs: ResolvedRun[];
}
export interface WordModel {
  zip: JSZip;
  parts: Map<string, XmlElement>;
  styles: XmlElement;
  settings: XmlElement;
  fontTable: XmlElement;
  paragraphs: ResolvedParagraph[];
}

interface Style {
  id: string;
  type: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
  isDefault: boolean;
}

const ON = new Set(['1', 'true', 'on']);
/** An on/off element's value: present without w:val means on. */
export function onOffValue(el: XmlElement): boolean {
  const v = attr(el, 'w:val');
  return v === undefined || ON.has(v);
}

/** Apply a pPr/rPr layer over `into`: each property element it holds overrides the one below. */
function layer(into: PropMap, props: XmlElement | undefined): void {
  if (!props) return;
  for (const el of childElements(props)) into.set(el.name.replace(/^w:/, ''), el);
}

/** The resolved on/off value of `name`, or undefined when no layer sets it. */
export function onOff(props: PropMap, name: string): boolean | undefined {
  const el = props.get(name);
  return el ? onOffValue(el) : undefined;
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') s += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:tab') s += '\t';
    else s += textOf(c);
  }
  return s;
}

export async function readWordModel(bytes: Uint8Array): Promise<WordModel> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`${path} missing`);
    return parseXml(await f.async('string')).root;
  };
  const styles = await read('word/styles.xml');
  const settings = await read('word/settings.xml');
  const fontTable = await read('word/fontTable.xml');
  const styleMap = new Map<string, Style>();
  for (const s of childElements(styles, 'w:style')) {
    const id = attr(s, 'w:styleId')!;
    const def = attr(s, 'w:default');
    styleMap.set(id, {
      id,
      type: attr(s, 'w:type') ?? 'paragraph',
      basedOn: child(s, 'w:basedOn') ? attr(child(s, 'w:basedOn')!, 'w:val') : undefined,
      pPr: child(s, 'w:pPr'),
      rPr: child(s, 'w:rPr'),
      isDefault: def !== undefined && ON.has(def),
    });
  }
  /** The style and its basedOn ancestors, root first (cycles cut). */
  const chain = (id: string | undefined): Style[] => {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let s = id ? styleMap.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? styleMap.get(s.basedOn) : undefined) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  };
  const defaultOf = (type: string) => [...styleMap.values()].find((s) => s.type === type && s.isDefault)?.id;
  const docDefaults = child(styles, 'w:docDefaults');
  const defPPr = docDefaults && child(docDefaults, 'w:pPrDefault') && child(child(docDefaults, 'w:pPrDefault')!, 'w:pPr');
  const defRPr = docDefaults && child(docDefaults, 'w:rPrDefault') && child(child(docDefaults, 'w:rPrDefault')!, 'w:rPr');

  const partNames = Object.keys(zip.files).filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  const parts = new Map<string, XmlElement>();
  const paragraphs: ResolvedParagraph[] = [];
  for (const name of partNames) {
    const root = await read(name);
    parts.set(name, root);
    const walk = (el: XmlElement, tableStyle: string | undefined | null) => {
      for (const c of childElements(el)) {
        if (c.name === 'w:tbl') {
          const tblPr = child(c, 'w:tblPr');
          const named = tblPr && child(tblPr, 'w:tblStyle') ? attr(child(tblPr, 'w:tblStyle')!, 'w:val') : undefined;
          walk(c, named ?? defaultOf('table') ?? null);
        } else if (c.name === 'w:p') paragraphs.push(resolveParagraph(name, c, tableStyle));
        else walk(c, tableStyle);
      }
    };
    const resolveParagraph = (part: string, p: XmlElement, tableStyle: string | undefined | null): ResolvedParagraph => {
      const pPr = child(p, 'w:pPr');
      const pStyleEl = pPr && child(pPr, 'w:pStyle');
      const pStyles = chain(pStyleEl ? attr(pStyleEl, 'w:val') : defaultOf('paragraph'));
      const tStyles = tableStyle ? chain(tableStyle) : [];
      const props: PropMap = new Map();
      layer(props, defPPr);
      for (const s of tStyles) layer(props, s.pPr);
      for (const s of pStyles) layer(props, s.pPr);
      layer(props, pPr);
      const runs: ResolvedRun[] = [];
      const runEls: XmlElement[] = [];
      const collect = (el: XmlElement) => {
        for (const c of childElements(el)) {
          if (c.name === 'w:r') runEls.push(c);
          else if (c.name !== 'w:pPr') collect(c);
        }
      };
      collect(p);
      for (const r of runEls) {
        const rPr = child(r, 'w:rPr');
        const rStyleEl = rPr && child(rPr, 'w:rStyle');
        const rp: PropMap = new Map();
        layer(rp, defRPr);
        for (const s of tStyles) layer(rp, s.rPr);
        for (const s of pStyles) layer(rp, s.rPr);
        for (const s of chain(rStyleEl ? attr(rStyleEl, 'w:val') : undefined)) layer(rp, s.rPr);
        layer(rp, rPr);
        runs.push({ text: textOf(r), props: rp });
      }
      return { part, text: textOf(p), inTable: tableStyle !== undefined, styles: pStyles.map((s) => s.id), props, runs };
    };
    walk(root, undefined);
  }
  return { zip, parts, styles, settings, fontTable, paragraphs };
}
