/**
 * The labelled set for 公文校对: the seed reports, fixed (so every paragraph is a fixpoint), then
 * one error at a time injected at a known place of a real paragraph — mostly by changing the
 * report's own text (a real “，” made half-width, a real 法治政府 made 法制政府, a real date
 * written 2024.3.5, a real 的 doubled), and correct look-alike sentences inserted. Scored per
 * class: how many injected errors the fixes turn back into the original paragraph (or, for the
 * rules that only point, how many are found at the place), and how many look-alike paragraphs
 * were changed at all. Deterministic (seeded), so the bench and the test see the same set.
 */
import { paragraph, runsText, type Paragraph, type ReportDocument } from '../../shared/model/document';
import { fixAll, proofread, type ProofClass } from '../../shared/proofread/index';
import { SEEDS, seedDocument } from './seed-docs';
import { rng } from './rng';

export interface LabelledCase {
  class: ProofClass;
  /** What was injected, e.g. "comma" or "lookalike". */
  kind: string;
  lookAlike: boolean;
  /** The report's year (the paragraph's seed). */
  year: number;
  /** The paragraph as it should read. */
  good: string;
  /** The paragraph as given to the proofreader. */
  bad: string;
  /** For errors that are found but have no certain fix: where the finding must be. */
  at?: [number, number];
}


/** An error in `text`: the paragraph with it, where a point-only finding must be, and the paragraph as it should read when the injection inserted text. */
type Injector = (
  text: string,
  pick: <T>(xs: readonly T[]) => T | undefined,
  year: number,
) => { bad: string; at?: [number, number]; good?: string } | undefined;

/** Offsets where `re` matches in `text`. */
const where = (text: string, re: RegExp) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m.index);
const replaceAt = (t: string, at: number, len: number, by: string) => t.slice(0, at) + by + t.slice(at + len);

/** Half-width for a full-width mark between Han characters. */
const halfFor =
  (full: string, half: string): Injector =>
  (t, pick) => {
    const at = pick(where(t, new RegExp(`(?<=[\\u4e00-\\u9fa5])${full}(?=[\\u4e00-\\u9fa5])`)));
    return at === undefined ? undefined : { bad: replaceAt(t, at, 1, half) };
  };

/** A real word replaced by its misspelling. */
const misspell =
  (pairs: readonly [string, string][]): Injector =>
  (t, pick) => {
    const options = pairs.flatMap(([right, wrong]) => where(t, new RegExp(right)).map((at) => ({ at, right, wrong })));
    const o = pick(options);
    return o && { bad: replaceAt(t, o.at, o.right.length, o.wrong) };
  };

const ORGANS = [
  '县公安局',
  '县司法局',
  '县市场监管局',
  '县财政局',
  '县人民法院',
  '县人民检察院',
  '县自然资源局',
  '县卫生健康局',
  '县教育局',
  '县生态环境局',
  '县发展改革委',
  '县住房城乡建设局',
];

const INJECTORS: Record<ProofClass, Record<string, Injector>> = {
  punct: {
    comma: halfFor('，', ','),
    semicolon: halfFor('；', ';'),
    colon: (t, pick) => {
      const at = pick(where(t, /(?<=[\u4e00-\u9fa5])：/));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 1, ':') };
    },
    brackets: (t, pick) => {
      const m = pick([...t.matchAll(/（([^（）]{1,30})）/g)]);
      return m && { bad: replaceAt(t, m.index, m[0].length, `(${m[1]})`) };
    },
    doubled: (t, pick) => {
      const at = pick(where(t, /[，。](?=[\u4e00-\u9fa5]|$)/));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 1, t[at]!.repeat(2)) };
    },
    quotes: (t, pick) => {
      if (t.includes('"')) return undefined;
      const m = pick([...t.matchAll(/“([^“”]{1,20})”/g)]);
      return m && { bad: replaceAt(t, m.index, m[0].length, `"${m[1]}"`) };
    },
    listComma: (t, pick) => {
      const at = pick(where(t, /。(?=.)/));
      if (at === undefined) return undefined;
      const a = pick(ORGANS)!;
      const b = pick(ORGANS.filter((o) => o !== a))!;
      const c = pick(ORGANS.filter((o) => o !== a && o !== b))!;
      const tail = pick(['等部门联合开展专项检查。', '共同参与矛盾纠纷化解。', '等单位联合执法。'])!;
      return {
        bad: t.slice(0, at + 1) + `由${a}，${b}，${c}${tail}` + t.slice(at + 1),
        good: t.slice(0, at + 1) + `由${a}、${b}、${c}${tail}` + t.slice(at + 1),
      };
    },
    unpaired: (t, pick) => {
      const at = pick(where(t, /[》”）]/));
      if (at === undefined) return undefined;
      const open = { '》': '《', '”': '“', '）': '（' }[t[at]!]!;
      const opener = t.lastIndexOf(open, at);
      return { bad: replaceAt(t, at, 1, ''), at: [opener, opener + 1] };
    },
  },
  words: {
    inPlace: misspell([
      ['部署', '布署'],
      ['作为', '做为'],
      ['截至', '截止'],
      ['再接再厉', '再接再励'],
      ['一如既往', '一如继往'],
      ['按部就班', '按步就班'],
      ['贯彻落实', '贯切落实'],
      ['签订', '签定'],
      ['台账', '台帐'],
      ['账户', '帐户'],
      ['矛盾纠纷', '矛盾纠分'],
      ['行政复议', '行政覆议'],
    ]),
  },
  terms: {
    inPlace: misspell([
      ['法治政府', '法制政府'],
      ['习近平法治思想', '习近平法制思想'],
      ['习近平新时代中国特色社会主义思想', '习近平新时代特色社会主义思想'],
      ['党的二十大', '党的20大'],
      ['法治社会', '法制社会'],
      ['法治思维', '法制思维'],
      ['法治国家', '法制国家'],
      ['“双随机、一公开”', '“双随机一公开”'],
    ]),
  },
  numbers: {
    fullWidth: (t, pick) => {
      const m = pick([...t.matchAll(/(?<![\d.])\d{1,6}(?![\d.])/g)]);
      return (
        m && {
          bad: replaceAt(
            t,
            m.index,
            m[0].length,
            m[0].replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
          ),
        }
      );
    },
    date: (t, pick, year) => {
      // The reports' own dates where there are any; else a dated sentence after a full stop.
      const m = pick([...t.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g)]);
      const form = pick(['.', '-', '/'])!;
      const pad = (s: string) => (form === '-' ? s.padStart(2, '0') : s);
      if (m) return { bad: replaceAt(t, m.index, m[0].length, `${m[1]}${form}${pad(m[2]!)}${form}${pad(m[3]!)}`) };
      const at = pick(where(t, /。/));
      if (at === undefined) return undefined;
      const [mo, d] = [String(1 + (t.length % 12)), String(1 + (at % 28))];
      const what = pick(['召开专题会议', '印发实施方案', '开展集中培训'])!;
      const sentence = (date: string) => `${date}，${what}。`;
      return {
        bad: t.slice(0, at + 1) + sentence(`${year}${form}${pad(mo)}${form}${pad(d)}`) + t.slice(at + 1),
        good: t.slice(0, at + 1) + sentence(`${year}年${mo}月${d}日`) + t.slice(at + 1),
      };
    },
    range: (t, pick) => {
      const m = pick([...t.matchAll(/((?:19|20)\d{2})—((?:19|20)\d{2})年/g)]);
      return m && { bad: replaceAt(t, m.index, m[0].length, `${m[1]}${pick(['-', '－', '', '一'])}${m[2]}年`) };
    },
    abbrev: (t, pick, year) => {
      const m = pick([...t.matchAll(/(?<!\d)20(\d{2})年(?=\d{1,2}月)/g)]);
      if (m) return { bad: replaceAt(t, m.index, m[0].length, `${m[1]}年`) };
      const at = pick(where(t, /。/));
      if (at === undefined) return undefined;
      const mo = 1 + (t.length % 12);
      const y = year - (at % 3);
      const what = pick(['完成清理工作', '启动专项行动', '通过验收'])!;
      const sentence = (yy: string) => `${yy}年${mo}月，${what}。`;
      return {
        bad: t.slice(0, at + 1) + sentence(String(y % 100).padStart(2, '0')) + t.slice(at + 1),
        good: t.slice(0, at + 1) + sentence(String(y)) + t.slice(at + 1),
      };
    },
  },
  repeat: {
    char: (t, pick) => {
      const at = pick(where(t, /[的了和与把被将并]/));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 1, t[at]!.repeat(2)) };
    },
    word: (t, pick) => {
      const at = pick(where(t, /(?<=[，。；、]|^)[\u4e00-\u9fa5]{2}(?=[\u4e00-\u9fa5])/));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 2, t.slice(at, at + 2).repeat(2)) };
    },
  },
  year: {
    thisYear: (t, pick, year) => {
      const at = pick(where(t, new RegExp(`(?<!\\d)${year}年(?!度|\\d)`)));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 5, '今年'), at: [at, at + 2] };
    },
    lastYear: (t, pick, year) => {
      const at = pick(where(t, new RegExp(`(?<!\\d)${year - 1}年(?!度|\\d)`)));
      return at === undefined ? undefined : { bad: replaceAt(t, at, 5, '去年'), at: [at, at + 2] };
    },
  },
};

/** Correct sentences that look like the mistakes, inserted after a full stop. Written apart from the unit tests' cases. */
const LOOK_ALIKES: Record<ProofClass, string[]> = {
  punct: [
    '全年共收到来信来访1,236件次，同比下降3.5%。',
    '每周三上午8:30至12:00开放。',
    '详见县政府门户网站（http://www.huzhu.gov.cn/xxgk/index.html?type=2）。',
    '依据互政(2019)18号文件执行。',
    '配备Windows 10, Office 2019等正版软件。',
    '县公安局依法办案，县司法局做好法律援助。',
    '会议由县司法局主持，县法院、县检察院派员参加。',
    '《关于加强法治政府建设的意见》（县委〔2024〕3号）印发。',
    '坚持“谁执法谁普法”原则……',
    '“八五”普法——全面推进。',
  ],
  words: [
    '申报截止日期为2024年6月30日。',
    '材料报送截止时间为每月25日。',
    '严格执行重大执法决定法制审核制度。',
    '深入开展法制宣传教育。',
    '扎实做好行政复议工作。',
    '既使群众得实惠，又使企业减负担。',
    '为受灾群众搭建帐篷200顶。',
    '各部门要作为表率。',
  ],
  terms: [
    '县司法局（县政府法制办）负责统筹。',
    '坚持领导干部学法制度。',
    '落实重大行政决策法制审核。',
    '学习贯彻习近平法治思想和党的二十大精神。',
    '全面推行“双随机、一公开”监管。',
  ],
  numbers: [
    '执行GB/T 9704-2012《党政机关公文格式》。',
    '服务热线0972-8321234。',
    '增长12.5个百分点。',
    '编制《纲要（2021—2025年）》。',
    '工作满20年的同志。',
    '20世纪80年代以来。',
    '2021～2025年持续推进。',
  ],
  repeat: [
    '一件一件抓落实，一项一项抓推进。',
    '规范规范性文件制定程序。',
    '家家户户知晓法律。',
    '为了了解群众需求，深入走访。',
    '维护社会稳定和和谐。',
    '的的确确取得实效。',
    '对群众诉求不能不甚了了。',
    '人人学法、天天用法。',
  ],
  year: ['近年来持续推进。', '每年开展两次培训。', '当年完成整改。', '全年共办理案件。', '往年同期相比有所下降。'],
};

export function labelledSet(perKind = 40, seed = 12): LabelledCase[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined);
  // Each seed report fixed: every paragraph is a fixpoint, so any change is the injection's.
  const paras = SEEDS.flatMap((name) => {
    const doc = fixAll(seedDocument(name)).doc;
    const texts: string[] = [];
    const walk = (blocks: ReportDocument['body']) => {
      for (const b of blocks) {
        if (b.type === 'section') walk(b.children);
        else if (b.type === 'paragraph') texts.push(runsText(b.runs));
      }
    };
    walk(doc.body);
    return texts.filter((t) => t.length >= 30).map((text) => ({ text, year: doc.meta.year }));
  });
  const cases: LabelledCase[] = [];
  for (const [cls, kinds] of Object.entries(INJECTORS) as [ProofClass, Record<string, Injector>][]) {
    for (const [kind, inject] of Object.entries(kinds)) {
      let made = 0;
      for (let tries = 0; made < perKind && tries < perKind * 40; tries++) {
        const p = pick(paras)!;
        const r = inject(p.text, pick, p.year);
        if (!r || r.bad === p.text) continue;
        cases.push({ class: cls, kind, lookAlike: false, year: p.year, good: r.good ?? p.text, bad: r.bad, ...(r.at ? { at: r.at } : {}) });
        made++;
      }
    }
    for (const sentence of LOOK_ALIKES[cls]) {
      for (let k = 0; k < 3; k++) {
        const p = pick(paras)!;
        const stops = where(p.text, /。/);
        const at = pick(stops) ?? p.text.length - 1;
        const text = p.text.slice(0, at + 1) + sentence + p.text.slice(at + 1);
        cases.push({ class: cls, kind: 'lookalike', lookAlike: true, year: p.year, good: text, bad: text });
      }
    }
  }
  return cases;
}

let base: ReportDocument | undefined;
function docOf(text: string, year: number): ReportDocument {
  base ??= seedDocument(SEEDS[0]);
  const doc = structuredClone(base);
  doc.meta.year = year;
  doc.meta.title = '';
  doc.lead = [];
  doc.body = [paragraph(text)];
  return doc;
}

export interface ClassScore {
  injected: number;
  /** Injected errors fixed back to the original paragraph, or found at the place (rules without a certain fix). */
  recovered: number;
  lookAlikes: number;
  /** Look-alike paragraphs changed by the fixes (or, for 年度用语, given any finding). */
  lookAlikesChanged: number;
  /** The cases missed, for review. */
  missed: LabelledCase[];
}

export function scoreLabelled(cases: readonly LabelledCase[]): Record<ProofClass, ClassScore> {
  const score = {} as Record<ProofClass, ClassScore>;
  for (const c of cases) {
    const s = (score[c.class] ??= { injected: 0, recovered: 0, lookAlikes: 0, lookAlikesChanged: 0, missed: [] });
    const doc = docOf(c.bad, c.year);
    const fixed = runsText((fixAll(doc).doc.body[0] as Paragraph).runs);
    if (c.lookAlike) {
      s.lookAlikes++;
      const touched = fixed !== c.good || proofread(doc).some((f) => f.class === c.class);
      if (touched) {
        s.lookAlikesChanged++;
        s.missed.push(c);
      }
      continue;
    }
    s.injected++;
    const ok = c.at
      ? proofread(doc).some((f) => f.class === c.class && f.range.start === c.at![0] && f.range.end === c.at![1])
      : fixed === c.good;
    if (ok) s.recovered++;
    else s.missed.push(c);
  }
  return score;
}
