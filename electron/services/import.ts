import { getTemplate } from '../../shared/templates';
import { AppError } from '../../shared/errors';
import { importFile } from '../../shared/import/index';
import { rollForward } from '../../shared/rollover/index';
import { normalizePunctuation } from '../../shared/proofread/normalize';
import { organDefaults } from '../store/profiles';
import type { HandlerGroup } from './index';

/** 导入 a last year's report and 以往年报告为模板新建: pure work in shared/, then one new draft. */
export const importHandlers: HandlerGroup<'drafts.import' | 'drafts.rollover'> = (ctx) => ({
  'drafts.import': async ({ fileName, dataBase64, templateId, year, profileId, normalizePunct }) => {
    const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
    if (!bytes.byteLength) throw new AppError('BAD_FILE', `文件“${fileName}”是空的。`);
    const profiles = ctx.storage.profiles;
    const profile = profileId === undefined ? profiles.getDefault() : profiles.get(profileId);
    const result = await importFile(bytes, fileName, { templateId, year, organ: organDefaults(profile) });
    const punct = normalizePunct ? normalizePunctuation(result.doc) : null;
    const draft = ctx.drafts.create(punct?.doc ?? result.doc, { note: `导入自“${fileName.slice(0, 100)}”` });
    return { draft, warnings: punct?.note ? [...result.warnings, punct.note] : result.warnings, unmapped: result.unmapped };
  },
  'drafts.rollover': ({ id, year }) => {
    const source = ctx.drafts.get(id);
    const template = getTemplate(source.doc.meta.templateId);
    if (template && !template.yearly)
      throw new AppError('BAD_INPUT', `“${template.name}”不是年度报告，不按年度滚动；如需相似的文稿，请用“复制”。`);
    const result = rollForward(source.doc, { toYear: year });
    const draft = ctx.drafts.create(result.doc, { note: `由“${source.title}”（${source.doc.meta.year}年度）新建` });
    return { draft, warnings: result.warnings, stats: result.stats };
  },
});
