/* trendSection: one chart per KPI across every stored scan of the solution. */
var trendSection = (function () {
  var el = dom.el;
  var data = state.data;

  function formatKpi(k, v) { return v === null || v === undefined ? 'n/a' : k.percent ? format.pct(v, k.decimals) : format.num(v, k.decimals); }

  function drawTrend(container, kpi) {
    var labels = data.trendScans.map(function (s) { return format.date(s.startedAt).slice(5, 10); });
    charts.create(container, {
      animation: false,
      grid: { left: 56, right: 16, top: 14, bottom: 26 },
      xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 10, color: '#718096', hideOverlap: true }, axisLine: { lineStyle: { color: '#cdd4de' } } },
      yAxis: { type: 'value', scale: true, minInterval: kpi.percent || kpi.decimals ? 0 : 1, axisLabel: { fontSize: 10, color: '#718096', formatter: function (v) { return formatKpi(kpi, v); } }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      tooltip: { trigger: 'axis', formatter: function (ps) { var p = ps[0]; var s = data.trendScans[p.dataIndex]; return charts.tooltip(['scan #' + s.id + ' · ' + format.date(s.startedAt), (s.branch ? s.branch + ' ' : '') + format.shortSha(s.commit), kpi.title + ': ' + formatKpi(kpi, kpi.trend[p.dataIndex])], 'mono'); } },
      series: [{ type: 'line', data: kpi.trend, connectNulls: true, symbolSize: 6, lineStyle: { width: 2, color: '#2b6cb0' }, itemStyle: { color: '#2b6cb0' }, areaStyle: { color: 'rgba(43,108,176,0.08)' } }]
    });
  }

  function render(node) {
    dom.add(node, sectionHead('KPI trend', 'Every stored scan of this solution, oldest to newest. Arrows in the summary compare with the previous scan; these charts show the direction over time.'));
    if (data.trendScans.length < 2) { node.appendChild(dom.empty('Only ' + (data.trendScans.length ? 'one scan is' : 'this scan is') + ' stored so far: trends appear from the second scan (modernize scan stores each scan in reports/modernize.db).')); return; }
    var grid = el('div', 'trend-grid');
    var pending = [];
    data.kpis.forEach(function (k) {
      var box = el('div', 'chart');
      var card = el('div', 'trend-card', [el('h3', null, k.title), el('div', 'muted', k.higherIsBetter ? 'higher is better' : 'lower is better'), box]);
      card.setAttribute('data-kpi', k.key);
      grid.appendChild(card);
      pending.push({ node: box, kpi: k });
    });
    node.appendChild(grid);
    state.drawAfterLayout.push(function () { pending.forEach(function (t) { drawTrend(t.node, t.kpi); }); });
  }

  return { id: 'trend', title: 'Trend', count: data.trendScans.length, render: render };
})();
