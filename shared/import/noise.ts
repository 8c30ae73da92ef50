/**
 * What government web pages print around a report, as data: a line matching one of these is the
 * page, not the report. Kept apart so a new site's furniture is one more line here.
 */
const NOISE_LINES: RegExp[] = [
  // site banners and footers
  /网站标识码|主办单位[：:]|承办单位[：:]|技术支持[：:]|公网安备|ICP备|备案号[：:]|版权所有|Copyright|©/i,
  /^(?:当前位置|您当前的位置|您当前位置|您的位置|您所在的位置|您现在的位置|当前的位置)[：:]/,
  /^今天是[：:]/,
  // breadcrumbs: "首页 > 政务公开 > 工作报告"
  /(?:^|\s)(?:首页|网站首页)\s*[>＞›»]/,
  /^(?:首页\s*[>＞›»]|网站首页|网站地图|无障碍|长者模式|关怀版|English)/i,
  // 索引号 / 发布机构 blocks
  /^(?:索\s*引\s*号|发布机构|发文机关|公文时效|主题分类|体裁分类|公开方式|公开范围|发布日期|生成日期|成文日期|文\s*号|有\s*效\s*性|信息来源|来源|作者|浏览次数|访问量|点击数|发布时间|字号)\s*[：:]/,
  /^(?:索\s*引\s*号|发布机构|主题分类|体裁分类|发文字号|成文日期|发布日期)(?:[\s\u3000]|$)/,
  /^(?:文章来源|信息来源|更新时间|发布时间|来源单位)\s*[：:]/,
  // index rows in brackets: "[ 索引号 ] 1150…/2026-00005 [ 发文字号 ]"
  /^[[［【]\s*(?:索\s*引\s*号|发文字号|主题分类|体裁分类|发布机构|发布日期|成文日期|有\s*效\s*性|公文时效|文\s*号)\s*[\]］】]/,
  /(?:^|\|)\s*(?:发文字号|公文时效|发布日期)\s*[：:][^|]*\|/,
  // page furniture
  /扫一扫在手机(?:上)?打开当前页|扫一扫在手机上查看|用手机扫描二维码/,
  /^【?\s*(?:字体|字号)[：:]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/,
  /^(?:【\s*)?(?:打印本页|打印|关闭窗口|关闭|收藏|分享到|保存本页|返回顶部|纠错)(?:\s*】)?(?:\s*[|｜【】\s]*(?:打印本页|打印|关闭窗口|关闭|收藏|分享到|保存本页|返回顶部|纠错))*\s*】?$/,
  /^(?:上一篇|下一篇|相关链接|相关文章|相关阅读|相关解读)[：:]?/,
  /^(?:附件下载|下载附件)[：:]?$/,
];

export function isNoiseLine(line: string): boolean {
  const t = line.trim();
  return NOISE_LINES.some((re) => re.test(t));
}

/**
 * Words that hacked or mirrored government pages splice into the text (gambling brands replacing
 * "人民政府" and the like). Not removed: the clerk is told where they are.
 */
const SPAM_WORDS = [
  '凯发一触即发',
  'k8凯发',
  '尊龙凯时',
  '新葡京',
  '威尼斯人',
  'bet365',
  '乐鱼体育',
  '开云体育',
  '九游会',
  '亚博体育',
];

export function findSpam(text: string): string | undefined {
  const lower = text.toLowerCase();
  return SPAM_WORDS.find((w) => lower.includes(w.toLowerCase()));
}
