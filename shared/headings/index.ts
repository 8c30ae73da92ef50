/**
 * The heading grammar 一、（一）1.（1）, both ways: producing the numbers a section's position gives
 * it (./numbering), and reading numbers typed or pasted at the start of a line, with the split of
 * a run-in heading (./parse). Editor, checker, exporter, importers, roll forward and paste all
 * come here.
 */
export { allSections, chineseNumeral, headingLabel, numberSections } from './numbering';
export {
  cleanHeading,
  endsLikeSentence,
  firstSentenceEnd,
  matchHeadingPrefix,
  parseChineseNumeral,
  parseHeadingPrefix,
  splitRunIn,
} from './parse';
