/*
 * Modernize portfolio: renders the JSON embedded in #modernize-data (every solution's latest KPIs) as a table and one
 * bar chart per KPI. Names from scanned code reach the page only through text nodes (dom.js) and DOM-built tooltips.
 */
(function () {
  var el = dom.el, day = format.day;
  var data = JSON.parse(document.getElementById('modernize-data').textContent);
  var COLORS = { better: '#2f855a', worse: '#c0392b', same: '#7a8699', unknown: '#4e79a7' };

  function arrow(k) {
    if (!k || k.direction === 'unknown') return null;
    if (k.direction === 'same') return el('span', 'delta same', '=');
    return el('span', 'delta ' + k.direction, (k.delta > 0 ? '↑' : '↓'));
  }
  function trend(s) {
    var better = 0, worse = 0;
    Object.keys(s.kpis).forEach(function (key) { if (s.kpis[key].direction === 'better') better++; if (s.kpis[key].direction === 'worse') worse++; });
    return el('span', null, [better ? el('span', 'badge better', better + ' better') : null, ' ', worse ? el('span', 'badge worse', worse + ' worse') : null, !better && !worse ? el('span', 'muted', 'no change') : null]);
  }
  /** The name, or the identity when another solution has the same name (Shop.sln in two repositories). */
  function label(s) { return data.solutions.filter(function (o) { return o.name === s.name; }).length > 1 ? s.identity : s.name; }

  function render() {
    var app = document.getElementById('app');
    var main = el('main');
    app.appendChild(main);
    main.appendChild(el('header', 'report-header', [
      el('div', null, [el('h1', null, 'Portfolio'), el('div', 'subtitle', data.solutions.length + ' solutions · latest scan of each, compared with the scan before it')]),
      el('div', 'meta', [el('span', 'chip', 'Modernize ' + data.toolVersion), el('span', 'chip', 'generated ' + day(data.generatedAt))])
    ]));

    var shown = data.kpis.filter(function (k) { return data.solutions.some(function (s) { return s.kpis[k.key]; }); });
    var panel = el('section', 'panel', [el('h2', null, 'Solutions'), el('p', 'lead', 'Each name opens that solution\u2019s full report. Arrows: green got better, red got worse since the previous scan.')]);
    var table = el('table');
    table.appendChild(el('thead', null, el('tr', null, [el('th', null, 'Solution'), el('th', 'num', 'Scans'), el('th', null, 'Last scan'), el('th', null, 'Trend')]
      .concat(shown.map(function (k) { var th = el('th', 'num', k.title); th.title = k.description + (k.higherIsBetter ? ' Higher is better.' : ' Lower is better.'); return th; })))));
    var body = el('tbody');
    data.solutions.forEach(function (s) {
      var link = el('a', null, s.name);
      link.setAttribute('href', s.report);
      link.title = s.identity;
      var cells = [el('td', null, [link, el('div', 'muted ellipsis', s.identity)]), el('td', 'num', String(s.scans)), el('td', null, [day(s.latest.startedAt), s.latest.commit ? el('span', 'muted', ' ' + format.shortSha(s.latest.commit)) : null]), el('td', null, trend(s))];
      shown.forEach(function (k) { var v = s.kpis[k.key]; cells.push(el('td', 'num', v ? [v.text, ' ', arrow(v)] : '-')); });
      body.appendChild(el('tr', null, cells));
    });
    table.appendChild(body);
    panel.appendChild(el('div', 'table-wrap', table));
    main.appendChild(panel);

    var chartsPanel = el('section', 'panel', [el('h2', null, 'KPIs side by side'), el('p', 'lead', 'One chart per KPI, one bar per solution, coloured by its move since the previous scan.')]);
    var grid = el('div', 'trend-grid');
    chartsPanel.appendChild(grid);
    main.appendChild(chartsPanel);
    shown.forEach(function (k) {
      var box = el('div', 'chart');
      box.style.height = Math.max(160, 28 * data.solutions.length + 60) + 'px';
      grid.appendChild(el('div', 'trend-card', [el('h3', null, k.title), el('div', 'muted', k.higherIsBetter ? 'higher is better' : 'lower is better'), box]));
      charts.create(box, {
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: data.solutions.map(label), axisLabel: { width: 140, overflow: 'truncate' } },
        tooltip: { trigger: 'item', formatter: function (p) { var s = data.solutions[p.dataIndex]; var v = s.kpis[k.key]; return charts.tooltip([label(s), k.title + ': ' + (v ? v.text : '-'), v && v.direction !== 'unknown' ? v.direction + ' since the previous scan' : 'first scan']); } },
        series: [{ type: 'bar', data: data.solutions.map(function (s) { var v = s.kpis[k.key]; return { value: v ? v.value : null, itemStyle: { color: COLORS[v ? v.direction : 'unknown'] } }; }) }]
      });
    });
    window.addEventListener('resize', charts.resizeAll);
  }

  render();
  document.body.setAttribute('data-ready', 'true');
})();
