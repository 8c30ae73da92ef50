/**
 * A 法治 draft holding every block kind the editor shows: lead, the five required headings, a free
 * heading, a run-in heading, paragraphs and a table — stored through the real bridge.
 */
import type { Paragraph, ReportDocument, Section } from '../../shared/model/document';
import type { RunningBridge } from './bridge';

const p = (text: string): Paragraph => ({ type: 'paragraph', runs: [{ text }] });

/** Creates the draft; its id. Sub-sections have the ids `sub-runin` (in 一、) and `sub-free` (in 二、). */
export async function storeBlockKindsDraft(bridge: RunningBridge): Promise<string> {
  const created = await bridge.call<{ id: string; revision: number; doc: ReportDocument }>('drafts.create', { templateId: 'fazhi-annual' });
  if (created.status !== 200) throw new Error('drafts.create: ' + JSON.stringify(created.body));
  const doc = created.body.doc;
  doc.lead = [p('现将有关情况报告如下：')];
  const parts = doc.body.filter((b): b is Section => b.type === 'section');
  parts[0]!.children = [
    p('段落正文。'),
    {
      type: 'table',
      headerRows: 1,
      rows: [
        [{ runs: [{ text: '项目' }] }, { runs: [{ text: '件数' }] }],
        [{ runs: [{ text: '复议' }] }, { runs: [{ text: '12' }] }],
      ],
    },
    { type: 'section', id: 'sub-runin', level: 2, heading: '坚持党的领导', runIn: true, children: [p('一是落实责任。')] },
  ];
  parts[1]!.children = [
    p('不足正文。'),
    { type: 'section', id: 'sub-free', level: 2, heading: '法治意识有待增强', runIn: false, children: [p('意识正文。')] },
  ];
  parts[2]!.children = [p('述法正文。')];
  parts[3]!.children = [p('安排正文。')];
  parts[4]!.children = [p('无。')];
  const saved = await bridge.call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc });
  if (saved.status !== 200) throw new Error('drafts.save: ' + JSON.stringify(saved.body));
  return created.body.id;
}
