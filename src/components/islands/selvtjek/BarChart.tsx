/** Per-area results as a plain SVG stacked bar chart (no chart library). The table beside it is the text alternative. */
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

export default function BarChart({ areas, codes, titleId }: { areas: AreaCounts[]; codes: readonly AnswerCode[]; titleId: string }) {
  const rowH = 28;
  const width = 640;
  const legendRows = Math.ceil((codes.length + 1) / 3);
  const height = areas.length * (rowH + 24) + legendRows * 22 + 8;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
      {areas.map((a, i) => {
        const y = i * (rowH + 24);
        let x = 0;
        return (
          <g key={a.id}>
            <text x={0} y={y + 15} className="bar-label">{a.titel}</text>
            <rect x={0} y={y + 20} width={width} height={rowH} fill="#fff" stroke="#595959" />
            {[...codes, null].map((c) => {
              const n = c ? a.counts[c] : a.unanswered;
              if (!n || !a.total) return null;
              const w = (n / a.total) * width;
              const seg = (
                <g key={c ?? 'ubesvaret'}>
                  <rect x={x} y={y + 20} width={w} height={rowH} fill={c ? CODE_COLORS[c] : '#e0e0e0'} stroke="#fff" />
                  {w > 18 && <text x={x + w / 2} y={y + 20 + rowH / 2 + 5} textAnchor="middle" className={c ? 'bar-num' : 'bar-num dark'}>{n}</text>}
                </g>
              );
              x += w;
              return seg;
            })}
          </g>
        );
      })}
      <g transform={`translate(0 ${areas.length * (rowH + 24) + 4})`}>
        {[...codes, null].map((c, i) => (
          <g key={c ?? 'u'} transform={`translate(${(i % 3) * 215} ${Math.floor(i / 3) * 22})`}>
            <rect width={14} height={14} fill={c ? CODE_COLORS[c] : '#e0e0e0'} stroke="#595959" />
            <text x={20} y={12} className="bar-legend">{c ? ANSWER_LABELS[c] : 'Ikke besvaret'}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
