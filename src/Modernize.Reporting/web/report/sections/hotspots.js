/* hotspotsSection: git history: revisions × complexity scatter, hotspot table, change coupling and most changed files. */
var hotspotsSection = (function () {
  var el = dom.el, num = format.num, pct = format.pct;
  var h = state.data.history;

  function drawScatter(container, items) {
    var maxChurn = Math.max.apply(null, items.map(function (x) { return x.churn; }).concat([1]));
    charts.create(container, {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 44 },
      xAxis: { name: 'revisions', nameLocation: 'middle', nameGap: 28, type: 'value', splitLine: { lineStyle: { color: '#eef1f5' } } },
      yAxis: { name: 'complexity', nameLocation: 'middle', nameGap: 40, type: 'value', splitLine: { lineStyle: { color: '#eef1f5' } } },
      tooltip: { trigger: 'item', formatter: function (p) { var x = items[p.dataIndex]; return charts.tooltip([x.element, x.revisions + ' revisions · complexity ' + x.complexity, 'churn ' + x.churn + ' · ' + x.authors + ' authors'], 'mono'); } },
      series: [{ type: 'scatter', data: items.map(function (x) { return [x.revisions, x.complexity, x.churn]; }), symbolSize: function (v) { return 8 + 26 * Math.sqrt(v[2] / maxChurn); }, itemStyle: { color: 'rgba(192,57,43,0.55)', borderColor: '#c0392b' } }]
    });
  }

  function render(node) {
    dom.add(node, sectionHead('Hotspots', 'Code that is both complex and changed often is where change costs most: fix or isolate it first. Change coupling shows files that change together although nothing in the code connects them.'));
    if (!h.available) { node.appendChild(dom.empty('No git history found: run inside a repository to see hotspots.')); return; }
    if (!h.hotspots.length) node.appendChild(dom.empty('History was read' + (h.commit ? ' (at ' + format.shortSha(h.commit) + ')' : '') + ', but no file is both complex and often changed in the history window.'));
    else {
      var scatter = el('div', 'chart');
      node.appendChild(scatter);
      state.drawAfterLayout.push(function () { drawScatter(scatter, h.hotspots); });
      node.appendChild(table([
        { title: 'Element', cell: function (x) { return el('span', 'mono ellipsis', x.element); } },
        { title: 'Revisions', num: true, cell: function (x) { return num(x.revisions); } },
        { title: 'Churn', num: true, cell: function (x) { return num(x.churn); } },
        { title: 'Complexity', num: true, cell: function (x) { return num(x.complexity); } },
        { title: 'Authors', num: true, cell: function (x) { return num(x.authors); } },
        { title: 'Score', num: true, cell: function (x) { return num(x.score, 2); } }
      ], h.hotspots, 15));
    }
    var cols = el('div', 'two-col');
    cols.appendChild(el('div', null, [el('h3', null, 'Change coupling'), h.changeCoupling.length ? table([
      { title: 'Changed together', cell: function (c) { return el('div', 'ellipsis', [el('span', 'mono', c.a), el('span', 'arrow', '+'), el('span', 'mono', c.b)]); } },
      { title: 'Shared', num: true, cell: function (c) { return num(c.sharedRevisions); } },
      { title: 'Degree', num: true, cell: function (c) { return pct(c.degree); } }
    ], h.changeCoupling, 10) : dom.empty('No pair of files changes together often enough to report.')]));
    cols.appendChild(el('div', null, [el('h3', null, 'Most changed files'), h.files.length ? table([
      { title: 'File', cell: function (f) { return el('span', 'mono ellipsis', f.path); } },
      { title: 'Revisions', num: true, cell: function (f) { return num(f.revisions); } },
      { title: 'Authors', cell: function (f) { return el('span', 'ellipsis', f.authors.join(', ')); } }
    ], h.files, 10) : dom.empty('No file changes in the history window.')]));
    node.appendChild(cols);
  }

  return { id: 'hotspots', title: 'Hotspots', count: h.hotspots.length, render: render };
})();
