/**
 * Per-area results as a stacked bar chart in plain HTML and CSS (no chart library, no SVG): the
 * labels are text at the page's own size, so they stay readable on a 320 px phone and on paper,
 * and long area names wrap. The table beside it is the text alternative; the chart is one image
 * to assistive technology. Used for one assessment and for the team view.
 */
import type { AnswerCode } from '../../../lib/selvtjek/scales';
import { ANSWER_LABELS } from '../../../lib/selvtjek/scales';
import type { AreaCounts } from '../../../lib/selvtjek/scoring';

export const CODE_COLORS: Record<AnswerCode, string> = {
  ja: '#2e7d32',
  delvist: '#8a6100',
  nej: '#b3261e',
  'ved-ikke': '#616161',
  tilstraekkeligt: '#2e7d32',
  'lettere-behov': '#8a6100',
  'vaesentligt-behov': '#b3261e',
};
const UNANSWERED = '#e0e0e0';

/** Segments narrower than this share of the bar show no number (it would not fit); the table has it. */
const MIN_SHARE_FOR_NUMBER = 0.08;

export interface Props {
  areas: readonly AreaCounts[];
  codes: readonly AnswerCode[];
  titleId: string;
  /** The legend's words for the answers (a part's own wording); the scale's labels without. */
  labels?: Readonly<Partial<Record<AnswerCode, string>>> | undefined;
}

export default function BarChart({ areas, codes, titleId, labels }: Props) {
  return (
    <div className="bar-chart" role="img" aria-labelledby={titleId}>
      {areas.map((a) => (
        <div key={a.id} className="bar-row">
          <p className="bar-label">{a.titel}</p>
          <div className="bar">
            {[...codes, null].map((c) => {
              const n = c ? a.counts[c] : a.unanswered;
              if (!n || !a.total) return null;
              const share = n / a.total;
              return (
                <span key={c ?? 'ubesvaret'} className={c ? 'bar-seg' : 'bar-seg dark'} style={{ width: `${share * 100}%`, background: c ? CODE_COLORS[c] : UNANSWERED }}>
                  {share >= MIN_SHARE_FOR_NUMBER ? n : ''}
                </span>
              );
            })}
          </div>
        </div>
      ))}
      <ul className="bar-legend">
        {[...codes, null].map((c) => (
          <li key={c ?? 'u'}>
            <span className="bar-swatch" style={{ background: c ? CODE_COLORS[c] : UNANSWERED }} />
            {c ? (labels?.[c] ?? ANSWER_LABELS[c]) : 'Ikke besvaret'}
          </li>
        ))}
      </ul>
    </div>
  );
}
