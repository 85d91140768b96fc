// Dyad timeline: events per week or month for a source/target pair, stacked by QuadClass, with
// the mean Goldstein score as a line on its own axis (−10 … +10).
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { create } from 'd3-selection';
import { line, stack } from 'd3-shape';
import { api } from './api.js';
import { quadLabel, t } from './i18n.js';

const quadColours = ['var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];

export async function showTimeline({ source, target, by }) {
  const chart = document.getElementById('timeline-chart');
  const caption = document.getElementById('timeline-caption');
  const data = await api('timeline', { source, target, by });
  caption.textContent = t('timeline.caption', { s: source || t('timeline.any'), t: target || t('timeline.any'), by: t(`timeline.${by}`) });
  const points = data.items;
  if (!points.length) {
    chart.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t('timeline.none') }));
    return;
  }
  const width = 900, height = 360, m = { top: 20, right: 50, bottom: 70, left: 44 };
  const x = scaleBand(points.map((p) => p.period), [m.left, width - m.right]).padding(0.2);
  const maxCount = Math.max(1, ...points.map((p) => p.events));
  const y = scaleLinear([0, maxCount], [height - m.bottom, m.top]).nice();
  const g = scaleLinear([-10, 10], [height - m.bottom, m.top]);
  const rows = points.map((p) => ({ period: p.period, q1: p.quad[0], q2: p.quad[1], q3: p.quad[2], q4: p.quad[3] }));
  const layers = stack().keys(['q1', 'q2', 'q3', 'q4'])(rows);

  const svg = create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img')
    .attr('aria-label', caption.textContent).attr('id', 'timeline-svg');
  svg.append('g').selectAll('g').data(layers).join('g').attr('fill', (_, i) => quadColours[i])
    .attr('class', (_, i) => `quad quad-${i + 1}`)
    .selectAll('rect').data((d) => d).join('rect')
    .attr('x', (d) => x(d.data.period)).attr('width', x.bandwidth())
    .attr('y', (d) => y(d[1])).attr('height', (d) => y(d[0]) - y(d[1]))
    .append('title').text((d) => `${d.data.period}: ${d[1] - d[0]}`);
  const withMean = points.filter((p) => p.mean_goldstein !== null);
  svg.append('path').attr('class', 'goldstein').attr('fill', 'none').attr('stroke', '#12355b').attr('stroke-width', 2)
    .attr('d', line().x((p) => x(p.period) + x.bandwidth() / 2).y((p) => g(p.mean_goldstein)).defined((p) => p.mean_goldstein !== null)(points));
  svg.append('g').selectAll('circle').data(withMean).join('circle').attr('class', 'goldstein-point')
    .attr('r', 3.5).attr('fill', '#12355b').attr('cx', (p) => x(p.period) + x.bandwidth() / 2).attr('cy', (p) => g(p.mean_goldstein))
    .append('title').text((p) => `${t('timeline.goldstein')}: ${p.mean_goldstein.toFixed(2)}`);
  const step = Math.ceil(points.length / 16);
  svg.append('g').attr('transform', `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).tickValues(x.domain().filter((_, i) => i % step === 0)))
    .selectAll('text').attr('transform', 'rotate(-40)').attr('text-anchor', 'end');
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(axisLeft(y).ticks(Math.min(maxCount, 6)));
  svg.append('g').attr('transform', `translate(${width - m.right},0)`).call(axisRight(g).ticks(5));
  svg.append('line').attr('x1', m.left).attr('x2', width - m.right).attr('y1', g(0)).attr('y2', g(0))
    .attr('stroke', '#12355b55').attr('stroke-dasharray', '4 3');
  // Legend: the four QuadClasses and the Goldstein line.
  const legend = svg.append('g').attr('transform', `translate(${m.left + 8},${m.top})`);
  [1, 2, 3, 4].forEach((q, i) => {
    const item = legend.append('g').attr('transform', `translate(${i * 150},0)`);
    item.append('rect').attr('width', 12).attr('height', 12).attr('fill', quadColours[i]);
    item.append('text').attr('x', 16).attr('y', 11).text(quadLabel(q));
  });
  const gl = legend.append('g').attr('transform', `translate(${4 * 150},0)`);
  gl.append('line').attr('x1', 0).attr('x2', 14).attr('y1', 6).attr('y2', 6).attr('stroke', '#12355b').attr('stroke-width', 2);
  gl.append('text').attr('x', 18).attr('y', 11).text(t('timeline.goldstein'));
  chart.replaceChildren(svg.node());
}
