/*
 * autonomySection: can teams ship without waiting on each other? Cross-cell change ratios for the declared and proposed
 * cells, ownership alignment, per-cell figures and a velocity chart.
 */
var autonomySection = (function () {
  var el = dom.el, num = format.num, pct = format.pct;
  var a = state.data.autonomy;

  function drawVelocity(container, cellsShown) {
    if (!cellsShown.length) return;
    var starts = cellsShown[0].velocity.map(function (v) { return v.start; });
    var ratio = starts.map(function (_, i) {
      var commits = 0, cross = 0;
      cellsShown.forEach(function (c) { if (c.kind === 'cell') { commits += c.velocity[i].commits; cross += c.velocity[i].crossCellCommits; } });
      return commits ? Math.round(1000 * cross / commits) / 10 : null;
    });
    charts.create(container, {
      animation: false,
      grid: { left: 48, right: 56, top: 36, bottom: 40 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', formatter: function (ps) { return charts.tooltip([ps[0].axisValue].concat(ps.map(function (p) { return p.seriesName + ': ' + (p.value === null || p.value === undefined ? '—' : p.value); })), 'mono'); } },
      xAxis: { type: 'category', data: starts },
      yAxis: [{ type: 'value', name: 'commits', splitLine: { lineStyle: { color: '#eef1f5' } } }, { type: 'value', name: 'cross-cell %', min: 0, max: 100 }],
      series: cellsShown.map(function (c) {
        return { name: c.cell, type: 'bar', stack: 'commits', itemStyle: { color: cellColors.of(c.cell) }, data: c.velocity.map(function (v) { return v.commits; }) };
      }).concat([{ name: 'cross-cell %', type: 'line', yAxisIndex: 1, connectNulls: false, itemStyle: { color: '#c0392b' }, data: ratio }])
    });
  }

  function render(node) {
    dom.add(node, sectionHead('Autonomy', 'Every commit that must change several cells is a coordination cost between teams. Cross-cell change ratio: the share of commits whose files span two or more cells (tissue counted apart). Ownership alignment: how much of a cell\'s change comes from its owning team.'));
    if (!a) { node.appendChild(dom.empty('No autonomy figures: they need git history and cells (declared in modernize.yml or proposed).')); return; }
    var main = a.declared || a.proposed;
    node.appendChild(el('p', 'muted', 'Window: the ' + a.windowDays + ' days to ' + format.date(a.to) + '. ' + num(main.commits) + ' commits counted' +
      (main.largeCommitsSkipped ? ', ' + num(main.largeCommitsSkipped) + ' mass changes left out' : '') + '.'));
    var figures = el('div', 'autonomy-figures');
    [a.declared, a.proposed].forEach(function (f) {
      if (!f) return;
      figures.appendChild(el('div', 'autonomy-figure', [
        el('h3', null, f.origin === 'declared' ? 'Declared cells' : 'Proposed cells (what-if)'),
        el('div', 'big', pct(f.crossCellChangeRatio, 1)), el('div', 'muted', num(f.crossCellCommits) + ' of ' + num(f.commits) + ' commits crossed cells'),
        el('div', null, 'Cell + tissue: ' + pct(f.touchesTissueRatio, 1)),
        el('div', null, 'Pull requests crossing cells: ' + (f.crossCellPullRequestRatio === null ? 'no merges in the window' : pct(f.crossCellPullRequestRatio, 1) + ' (' + f.crossCellPullRequests + ' of ' + f.pullRequests + ')')),
        el('div', null, 'Ownership alignment: ' + (f.ownershipAlignment === null ? 'no teams or owners' : pct(f.ownershipAlignment, 1)))
      ]));
    });
    node.appendChild(figures);
    if (a.declared && a.proposed) {
      var saved = a.declared.crossCellCommits - a.proposed.crossCellCommits;
      node.appendChild(el('p', 'what-if', saved >= 0
        ? 'With the proposed cells, ' + num(saved) + ' of these commits would not have crossed a cell boundary.'
        : 'The proposed cells would have made ' + num(-saved) + ' more commits cross a cell boundary.'));
    }
    node.appendChild(table([
      { title: 'Cell', cell: function (c) { return el('div', null, [cellColors.label(c.cell), c.kind === 'tissue' || c.kind === 'host' ? dom.badge(c.kind, c.kind) : null]); } },
      { title: 'Commits', num: true, cell: function (c) { return num(c.commits); } },
      { title: 'Cross-cell', num: true, cell: function (c) { return el('span', c.kind === 'cell' && c.crossCellRatio > 0.2 ? 'worse' : null, pct(c.crossCellRatio, 1) + ' (' + c.crossCellCommits + ')'); } },
      { title: 'Drags along', cell: function (c) { return el('span', 'ellipsis', c.dragsAlong.map(function (d) { return d.cell + ' ×' + d.commits; }).join(', ') || '—'); } },
      { title: 'Owner', cell: function (c) { return c.owner || '—'; } },
      { title: 'Owner share', num: true, cell: function (c) { return c.ownership.commitAlignment === null ? '—' : pct(c.ownership.commitAlignment, 1) + (c.ownership.churnAlignment === null ? '' : ' · churn ' + pct(c.ownership.churnAlignment, 1)); } },
      { title: 'Teams', cell: function (c) { return el('span', 'ellipsis', c.ownership.teams.map(function (t) { return t.team + ' ' + t.commits; }).join(', ')); } }
    ], main.cells, 20));
    var velocity = el('div', 'chart');
    node.appendChild(el('h3', null, 'Velocity: commits per ' + (a.bucketSize === 'month' ? 'month' : 'week') + ' and cross-cell share'));
    node.appendChild(velocity);
    state.drawAfterLayout.push(function () { drawVelocity(velocity, main.cells); });
    if (main.unmappedFiles.length) {
      node.appendChild(el('details', null, [el('summary', null, num(main.unmappedFiles.length) + ' changed files belong to no cell'),
        table([{ title: 'File', cell: function (u) { return el('span', 'mono ellipsis', u.path); } }, { title: 'Commits', num: true, cell: function (u) { return num(u.commits); } }], main.unmappedFiles, 10)]));
    }
  }

  return { id: 'autonomy', title: 'Autonomy', render: render };
})();
