/*
 * cellsMapSection: the map of cells, tissue and hosts with a legend grouped by kind (hosts apart: composition roots belong
 * to no cell) and the details panel (cell-details.js) beside it.
 */
var cellsMapSection = (function () {
  var el = dom.el, button = dom.button;
  var KINDS = [
    ['cell', 'Cells'],
    ['tissue', 'Tissue'],
    ['host', 'Hosts (composition roots, no cell)'],
    ['unassigned', 'Unassigned']
  ];

  function legend() {
    var groups = KINDS.map(function (k) {
      var members = state.cells.filter(function (c) { return c.kind === k[0]; });
      if (!members.length) return null;
      var group = el('div', 'legend-group', [el('span', 'legend-kind', k[1])].concat(members.map(function (c) {
        return button([dom.swatch(c.color), c.name], function () { cellDetails.select(c.index); }, 'legend-cell');
      })));
      group.setAttribute('data-kind', k[0]);
      return group;
    });
    return el('div', 'map-legend', groups);
  }

  function render(node) {
    dom.add(node, sectionHead('Cells map', 'Cells are the slices a team could own; grey tissue is shared platform, utilities or data; hosts (diamonds) are composition roots that wire cells together and belong to none. Lines are the dependencies between them, thicker for heavier seams. Click a cell for its members, its score and the exact dependencies to cut; expand it to see its namespaces.'));
    if (!state.cells.length) {
      node.appendChild(dom.empty('No cells yet: the scan proposed none and modernize.yml declares none. Run modernize cells, or declare a product map in modernize.yml.'));
      return;
    }
    var map = el('div');
    map.id = 'cells-map';
    map.setAttribute('role', 'img');
    map.setAttribute('aria-label', 'Graph of cells, tissue and hosts with the dependencies between them');
    var details = el('div', 'cell-panel', el('p', 'muted', 'Click a cell on the map (or in the legend) to see its member types, its score breakdown and the dependencies to cut.'));
    details.id = 'cell-details';
    var tools = el('div', 'tabs', [button('Fit', cellsGraph.fit), button('Collapse all', cellsGraph.collapseAll)]);
    node.querySelector('.panel-head').appendChild(tools);
    node.appendChild(el('div', 'map-grid', [el('div', null, [map, legend()]), details]));
    state.map.container = map;
    state.map.details = details;
    state.drawAfterLayout.push(cellsGraph.draw);
  }

  return { id: 'cells', title: 'Cells map', count: state.cells.length, render: render };
})();
