/* diffSection: what changed since the previous scan: KPI deltas, new and removed cross-cell dependencies, new and fixed findings. */
var diffSection = (function () {
  var el = dom.el, num = format.num, stat = dom.stat, empty = dom.empty;
  var d = state.data.diff;

  function render(node) {
    dom.add(node, sectionHead('Changes since the previous scan', d ? 'Scan #' + d.beforeId + ' (' + format.date(d.beforeAt) + ') → scan #' + d.afterId + ' (' + format.date(d.afterAt) + '). New cross-cell dependencies are the seams getting wider; removed ones are progress.' : null));
    if (!d) { node.appendChild(empty('No previous scan to compare with: the next scan of this solution will show what changed.')); return; }
    node.appendChild(el('div', 'stat-row', [stat(num(d.newFindings.length), 'new findings'), stat(num(d.fixedFindings.length), 'fixed findings'), stat(num(d.unchangedFindings), 'unchanged'), stat(num(d.newCrossCell.length), 'new cross-cell deps'), stat(num(d.removedCrossCell.length), 'removed cross-cell deps')]));
    if (d.kpis.length) {
      node.appendChild(el('h3', null, 'KPIs'));
      node.appendChild(table([
        { title: 'KPI', cell: function (k) { return k.title; } },
        { title: 'Before', num: true, cell: function (k) { return k.before === null || k.before === undefined ? '—' : num(k.before, 2); } },
        { title: 'After', num: true, cell: function (k) { return k.after === null || k.after === undefined ? '—' : num(k.after, 2); } },
        { title: 'Change', num: true, cell: function (k) { return dom.badge((k.delta > 0 ? '+' : '') + num(k.delta, 2), k.direction); } }
      ], d.kpis, 20));
    }
    node.appendChild(el('div', 'two-col', [
      el('div', null, [el('h3', null, 'New cross-cell dependencies'), d.newCrossCell.length ? dependencyTable(d.newCrossCell, 10) : empty('None: no seam got wider.')]),
      el('div', null, [el('h3', null, 'Removed cross-cell dependencies'), d.removedCrossCell.length ? dependencyTable(d.removedCrossCell, 10) : empty('None removed since the previous scan.')])
    ]));
    node.appendChild(el('div', 'two-col', [
      el('div', null, [el('h3', null, 'New findings'), d.newFindings.length ? findingTable(d.newFindings) : empty('No new findings.')]),
      el('div', null, [el('h3', null, 'Fixed findings'), d.fixedFindings.length ? findingTable(d.fixedFindings) : empty('No findings fixed.')])
    ]));
  }

  return { id: 'diff', title: 'Changes', render: render };
})();
