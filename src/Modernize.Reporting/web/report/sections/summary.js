/* summarySection: the header (solution, date, commit, counts), an at-a-glance sentence and one card per KPI with its sparkline. */
var summarySection = (function () {
  var el = dom.el, add = dom.add, num = format.num;
  var data = state.data;

  function lowFidelity() { return data.fidelity.projects.filter(function (p) { return p.low; }); }

  function plural(count, word) { return count + ' ' + word + (count === 1 ? '' : 's'); }

  function glance() {
    var count = function (kind) { return state.cells.filter(function (c) { return c.kind === kind; }).length; };
    var proper = count('cell'), tissue = count('tissue'), hosts = count('host');
    var points = data.blockers.reduce(function (s, b) { return s + b.points; }, 0);
    var parts = [];
    parts.push(proper
      ? plural(proper, 'cell') + ' and ' + plural(tissue, 'tissue element') + (hosts ? ', ' + plural(hosts, 'host') : '') + ' (' + data.cells.origin + ')'
      : 'no cells yet');
    parts.push(plural(data.cells.seams.length, 'seam'));
    parts.push(plural(data.cycles.length, 'cycle'));
    parts.push(plural(points, 'legacy blocker point'));
    return 'At a glance: ' + parts.join(' · ') + '.';
  }

  function render(node) {
    var m = data.meta;
    var header = el('header', 'report-header', [
      el('div', null, [
        el('h1', null, m.solution),
        el('div', 'subtitle', 'Scanned ' + format.date(m.startedAt) + ' UTC in ' + num(m.durationSeconds, 1) + ' s')
      ]),
      el('div', 'meta', [
        m.branch ? el('span', 'chip', 'branch ' + m.branch) : null,
        m.commit ? dom.titled(el('span', 'chip mono', format.shortSha(m.commit)), m.commit) : el('span', 'chip', 'not a git repository'),
        el('span', 'chip', num(m.projects) + ' projects'),
        el('span', 'chip', num(m.types) + ' types'),
        el('span', 'chip', num(m.dependencies) + ' dependencies'),
        m.safeMode ? el('span', 'chip warn', 'safe mode: no MSBuild evaluation') : null,
        lowFidelity().length ? el('span', 'chip warn', lowFidelity().length + ' low-fidelity project(s)') : null
      ])
    ]);
    node.parentNode.insertBefore(header, node);
    add(node, sectionHead('Summary', glance()));
    if (!data.kpis.length) { node.appendChild(dom.empty('This scan has no KPIs yet: run a full scan (modernize scan) to compute them.')); return; }
    var grid = el('div', 'kpis');
    var sparklines = [];
    data.kpis.forEach(function (k) {
      var card = el('div', 'kpi');
      card.setAttribute('data-kpi', k.key);
      dom.titled(card, k.description);
      add(card, [el('div', 'kpi-title', k.title), el('div', 'kpi-value', k.display)]);
      if (k.deltaDisplay) {
        var arrow = k.direction === 'same' ? '= ' : (k.delta > 0 ? '▲ ' : '▼ ');
        card.appendChild(el('div', null, dom.titled(el('span', 'delta ' + k.direction, arrow + k.deltaDisplay), 'since the previous scan (' + k.direction + ')')));
      } else {
        card.appendChild(el('div', null, el('span', 'delta none', 'first scan')));
      }
      var points = (k.trend || []).filter(function (v) { return v !== null; });
      if (points.length >= 2) {
        var spark = el('div', 'spark');
        card.appendChild(spark);
        sparklines.push({ node: spark, values: k.trend, color: k.direction === 'worse' ? '#c0392b' : '#2b6cb0' });
      }
      grid.appendChild(card);
    });
    node.appendChild(grid);
    state.drawAfterLayout.push(function () { sparklines.forEach(drawSparkline); });
  }

  function drawSparkline(s) {
    charts.create(s.node, {
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 2 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: s.values.map(function (_, i) { return i; }) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [{ type: 'line', data: s.values, connectNulls: true, symbol: 'none', lineStyle: { width: 1.6, color: s.color }, areaStyle: { color: s.color, opacity: 0.08 } }]
    });
  }

  return { id: 'summary', title: 'Summary', render: render };
})();
