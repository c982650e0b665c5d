/*
 * cellDetails: the panel beside the map. select(index) shows a cell: readiness score and its breakdown, why, the seams to
 * cut with file:line, the data it touches, how firmly its members belong, its sub-cells to drill into, and its members by namespace. showUnit(index)
 * shows one namespace of an expanded cell.
 */
var cellDetails = (function () {
  var el = dom.el, add = dom.add, num = format.num, pct = format.pct;
  var KIND_BADGE = { cell: null, tissue: 'tissue', host: 'host', unassigned: 'tissue' };
  var KIND_NOTE = { host: 'A composition root: it wires cells together at start-up and belongs to none of them, so it neither glues cells nor counts as shared tissue.' };

  function breakdown(b) {
    var rows = [
      ['Cohesion', pct(b.cohesion), 'share of the members\' dependency weight that stays inside', b.cohesion],
      ['Coupling', num(b.coupling, 1), 'dependency weight crossing the boundary', null],
      ['Interface width', num(b.interfaceWidth), 'members used from outside', null],
      ['Shared data', num(b.sharedData), 'tables shared with other cells', null],
      ['Cycles', num(b.cycles), 'cycles crossing the boundary', null],
      ['Change coupling', num(b.changeCoupling, 2), 'co-change with other cells (git)', null],
      ['Size', num(b.size), 'source lines', null],
      ['Blocker points', num(b.blockerPoints), 'legacy effort inside', null]
    ];
    return el('table', 'breakdown', el('tbody', null, rows.map(function (r) {
      return el('tr', null, [el('td', null, [r[0], el('div', 'muted', r[2])]), el('td', 'num', [r[1], r[3] !== null ? el('div', 'bar', dom.bar(r[3])) : null])]);
    })));
  }

  /** One sub-cell, closed until the reader drills into it: its figures, then its members. */
  function subCell(s) {
    var d = el('details', 'unit subcell');
    d.setAttribute('data-subcell', s.name);
    d.appendChild(el('summary', null, [el('span', 'cell-name', s.name),
      el('span', 'muted', num(s.members.length) + ' types · cohesion ' + pct(s.cohesion) + ' inside the cell · ' + num(s.siblingWeight, 1) + ' weight to the other sub-cells')]));
    d.appendChild(el('ul', 'subcell-members', s.members.map(function (m) { return el('li', 'mono', m); })));
    return d;
  }

  function select(index) {
    var c = state.cells[index];
    cellsGraph.focus(index);
    var panelNode = state.map.details;
    panelNode.textContent = '';
    panelNode.setAttribute('data-cell', c.name);
    var mean = cellMembers.meanText(index);
    add(panelNode, [
      el('h3', null, [dom.swatch(c.color), el('span', 'cell-name', c.name), dom.badge(c.kind, KIND_BADGE[c.kind]), dom.badge(c.origin)]),
      KIND_NOTE[c.kind] ? el('p', 'kind-note', KIND_NOTE[c.kind]) : null,
      c.owner ? el('p', 'muted', 'Owner: ' + c.owner) : null,
      c.kind === 'cell' ? el('div', null, [el('span', 'score', num(c.score, 0)), el('span', 'muted', ' / 100 readiness to stand alone'), el('div', 'bar', dom.bar(c.score / 100))]) : null,
      el('p', 'muted', num(c.types) + ' types · ' + num(c.lines) + ' source lines' + (mean ? ' · ' + mean : '')),
      dom.button(state.map.expanded[index] ? 'Collapse namespaces' : 'Show namespaces on the map', function () { cellsGraph.toggle(index); select(index); })
    ]);
    if (c.kind !== 'unassigned') {
      panelNode.appendChild(el('h4', null, 'Score breakdown'));
      panelNode.appendChild(breakdown(c.breakdown));
    }
    if (c.explanation && c.explanation.length) {
      panelNode.appendChild(el('h4', null, 'Why'));
      panelNode.appendChild(el('ul', 'explain', c.explanation.map(function (s) { return el('li', null, s); })));
    }
    if (c.subCells && c.subCells.length) {
      panelNode.appendChild(el('h4', null, 'Sub-cells (' + c.subCells.length + ')'));
      panelNode.appendChild(el('p', 'muted', 'Seams inside this cell: parts a team could own separately. Open one to see its members.'));
      panelNode.appendChild(el('div', 'subcells', c.subCells.map(subCell)));
    }
    var seams = state.data.cells.seams.filter(function (s) { return s.from === c.name || s.to === c.name; });
    var cuts = el('div', 'cuts');
    panelNode.appendChild(el('h4', null, 'Dependencies to cut (' + seams.length + ' seam' + (seams.length === 1 ? '' : 's') + ')'));
    if (!seams.length) cuts.appendChild(el('p', 'muted', 'Nothing crosses this boundary: it already stands alone.'));
    seams.forEach(function (s, i) { cuts.appendChild(seamDetails(s, c.name, i === 0)); });
    panelNode.appendChild(cuts);
    if (c.data && c.data.length) {
      panelNode.appendChild(el('h4', null, 'Data it touches'));
      panelNode.appendChild(table([
        { title: 'Table, entity or SQL', cell: function (d) { return el('div', null, [el('div', 'mono ellipsis', d.target), el('div', 'muted', d.operation + ' · ' + d.kind)]); } },
        { title: 'Where', cell: function (d) { return el('div', null, [el('div', 'mono muted ellipsis', d.from), dom.loc(d.location)]); } }
      ], c.data, 10));
    }
    var confidence = cellMembers.byConfidence(index);
    if (confidence) {
      panelNode.appendChild(el('h4', null, 'How firmly members belong'));
      panelNode.appendChild(confidence);
    }
    panelNode.appendChild(el('h4', null, 'Member types (' + num(c.types) + ')'));
    var members = el('div', 'members');
    state.data.cells.units.filter(function (u) { return u.cell === index; }).forEach(function (u) { members.appendChild(cellMembers.byNamespace(u, false)); });
    panelNode.appendChild(members);
  }

  function showUnit(index) {
    var unit = state.data.cells.units[index];
    var cell = state.cells[unit.cell];
    var panelNode = state.map.details;
    panelNode.textContent = '';
    add(panelNode, [
      el('h3', null, [dom.swatch(cell.color), el('span', 'mono', unit.namespace)]),
      el('p', 'muted', ['in ', cellColors.label(cell.name)]),
      dom.button('Back to ' + cell.name, function () { select(unit.cell); }),
      cellMembers.byNamespace(unit, true)
    ]);
  }

  cellsGraph.onTap(select, showUnit);

  return { select: select, showUnit: showUnit };
})();
