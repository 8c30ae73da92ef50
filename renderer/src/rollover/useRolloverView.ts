/**
 * The live figures of a rolled-forward draft: how much is still last year's word for word (per
 * section and in total) and which plan items this year's text seems to address. The similarity
 * index is built once per draft, from the baseline the rollover stored; both figures follow the
 * debounced document, so they never run between two keystrokes.
 */
import { useMemo } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import {
  documentSimilarity,
  planCoverage,
  SimilarityIndex,
  type DocumentSimilarity,
  type PlanCoverage,
} from '../../../shared/rollover/index';

export interface RolloverView {
  similarity: DocumentSimilarity | undefined;
  coverage: PlanCoverage[];
}

export function useRolloverView(opened: ReportDocument, settled: ReportDocument): RolloverView {
  // `opened` is the draft as loaded: its baseline (rollover.previous) never changes while open.
  const index = useMemo(() => SimilarityIndex.fromDocument(opened), [opened]);
  const { lead, body } = settled;
  const plans = settled.rollover?.plans;
  const similarity = useMemo(() => (index ? documentSimilarity(settled, index) : undefined), [index, lead, body]); // eslint-disable-line react-hooks/exhaustive-deps
  const coverage = useMemo(() => (index && plans?.length ? planCoverage(settled, 'measures', index) : []), [index, lead, body, plans]); // eslint-disable-line react-hooks/exhaustive-deps
  return { similarity, coverage };
}
