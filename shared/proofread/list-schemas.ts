/**
 * The formats of the proofreader's word lists (lists/*.json): 字词 (words), 规范表述 (terms) and
 * 可疑文字 (suspect phrases). The lists ship with the app and change only in the repo, where a test
 * parses each against these schemas and runs every example (test/unit/proofread.test.ts,
 * suspect-text.test.ts). The app and the CLI therefore read them as they are: a one-off command
 * (`gongwen export`) no longer builds these schemas and re-checks unchanging data at every start.
 */
import { z } from 'zod';

/** A regular expression's source; the schema refuses one that does not compile. */
const Pattern = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, '不是有效的正则表达式');

const Examples = z.object({
  /** Sentences with the mistake: each must get a fix to `right`. */
  wrong: z.array(z.string().min(1)),
  /** Look-alike correct sentences: none may be touched. */
  right: z.array(z.string().min(1)),
});

const WordEntry = z
  .object({
    wrong: z.string().min(1),
    right: z.string().min(1),
    /** Why, in Chinese, shown in the message. */
    note: z.string().optional(),
    /** The text right after the match must match this (e.g. a date after 截止). */
    before: Pattern.optional(),
    /** The text right after the match must not match this. */
    notBefore: Pattern.optional(),
    /** The text right before the match must end with a match of this. */
    after: Pattern.optional(),
    notAfter: Pattern.optional(),
    /** Correct words that contain `wrong` (截止日期 for 截止). */
    except: z.array(z.string().min(1)).optional(),
    examples: Examples,
  })
  .refine((e) => e.wrong !== e.right, '误写与正确写法相同')
  .refine((e) => !e.except || e.except.every((x) => x.includes(e.wrong)), 'except 中的词语须包含误写');

export const WordList = z.object({ $comment: z.string().optional(), entries: z.array(WordEntry) });

const TermEntry = z
  .object({
    right: z.string().min(1),
    wrong: z.array(z.string().min(1)).min(1),
    examples: Examples,
  })
  .refine((e) => e.wrong.every((w) => !e.right.includes(w)), '不规范写法不得是规范写法的一部分');

export const TermList = z.object({ $comment: z.string().optional(), entries: z.array(TermEntry) });

const SuspectEntry = z.object({
  phrase: z.string().min(2),
  /** 赌博, 色情, 诈骗, 广告: said in the message. */
  kind: z.enum(['赌博', '色情', '诈骗', '广告']),
  /** Suspect even after an enforcement word (a slogan no report writes about). */
  always: z.boolean().optional(),
  examples: z.object({
    /** Sentences in which the phrase must be found. */
    hit: z.array(z.string().min(1)).min(1),
    /** Sentences in which nothing may be found. */
    clean: z.array(z.string().min(1)),
  }),
});
export type SuspectEntry = z.infer<typeof SuspectEntry>;

export const SuspectList = z.object({
  $comment: z.string().optional(),
  /** The text just before a phrase (same sentence) that makes it the report's subject. */
  enforcement: Pattern,
  entries: z.array(SuspectEntry).min(1),
});

export type WordListData = z.infer<typeof WordList>;
export type TermListData = z.infer<typeof TermList>;
export type SuspectListData = z.infer<typeof SuspectList>;
