import { buildDocx, exportFileName } from '../../shared/docx/index';
import type { HandlerGroup } from './index';

export const exportHandlers: HandlerGroup<'export.docx'> = (ctx) => ({
  'export.docx': async ({ id, variant }) => {
    const { doc } = ctx.drafts.get(id);
    const bytes = await buildDocx(doc, { variant });
    const fileName = exportFileName(doc, variant);
    const path = await ctx.platform.saveExport(fileName, bytes);
    return { path, fileName, bytes: bytes.byteLength };
  },
});
