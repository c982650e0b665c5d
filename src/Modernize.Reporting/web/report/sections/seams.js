/* seamsSection: decomposition quality, the extraction order with reasons, every seam heaviest first, shared data, proposal vs map. */
var seamsSection = (function () {
  var el = dom.el, num = format.num, pct = format.pct, stat = dom.stat;
  var cellsData = state.data.cells;

  function render(node) {
    dom.add(node, sectionHead('Seams and extraction order', 'The order proposes which cell to carve out first: the cheapest to separate and the most valuable, with the reason. Each seam lists the type-level dependencies that must be cut or turned into a contract, with the lines where they are made.'));
    if (!state.cells.length) { node.appendChild(dom.empty('No cells, so no seams: declare a product map in modernize.yml or let the scan propose cells.')); return; }
    var q = cellsData.quality;
    if (q) {
      node.appendChild(el('div', 'stat-row', [
        stat(num(q.modularity, 2), 'modularity Q'), stat(pct(q.interPartitionCallPercentage, 1), 'calls crossing cells (ICP)'),
        stat(num(q.interfaceNumber, 1), 'interface types per cell (IFN)'), stat(pct(q.nonExtremeDistribution, 0), 'types in reasonably sized cells (NED)')
      ]));
    }
    node.appendChild(el('h3', null, 'Extraction order'));
    node.appendChild(cellsData.extraction.length ? table([
      { title: '#', num: true, cell: function (s) { return String(s.rank); } },
      { title: 'Cell', cell: function (s) { return cellColors.label(s.cell); } },
      { title: 'Score', num: true, cell: function (s) { return num(s.score, 0); } },
      { title: 'Why now', cell: function (s) { return s.reason; } }
    ], cellsData.extraction) : dom.empty('No extraction order was computed for this decomposition.'));
    node.appendChild(el('h3', null, 'Seams, heaviest first'));
    if (!cellsData.seams.length) node.appendChild(dom.empty('No dependency crosses a cell boundary.'));
    var list = el('div', 'seams');
    var shown = 0;
    function more(count) {
      cellsData.seams.slice(shown, shown + count).forEach(function (s) { list.appendChild(seamDetails(s, null, false)); });
      shown = Math.min(cellsData.seams.length, shown + count);
    }
    more(15);
    node.appendChild(list);
    if (cellsData.seams.length > shown) { var b = dom.button('Show all ' + cellsData.seams.length + ' seams', function () { more(cellsData.seams.length); b.remove(); }, 'more'); node.appendChild(b); }
    if (cellsData.sharedData.length) {
      node.appendChild(el('h3', null, 'Shared data'));
      node.appendChild(table([
        { title: 'Table or entity', cell: function (t) { return el('span', 'mono', t.table); } },
        { title: 'Used by cells', cell: function (t) { return el('div', null, t.cells.map(function (c) { return el('div', null, cellColors.label(c)); })); } },
        { title: 'Written by', cell: function (t) { return t.writers.length ? el('div', null, t.writers.map(function (c) { return el('div', null, cellColors.label(c)); })) : el('span', 'muted', 'no write seen'); } },
        { title: 'Accessors', cell: function (t) { return el('div', 'ellipsis mono', t.accessors.join(', ')); } }
      ], cellsData.sharedData));
    }
    if (cellsData.comparison.length) {
      node.appendChild(el('h3', null, 'Proposal against the declared map'));
      node.appendChild(el('ul', 'explain', cellsData.comparison.map(function (s) { return el('li', null, s); })));
    }
  }

  return { id: 'seams', title: 'Seams & order', count: cellsData.seams.length, render: render };
})();
