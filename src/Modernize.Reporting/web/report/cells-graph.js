/*
 * cellsGraph: the cytoscape drawing of the cells map (fcose layout). Cells are round, tissue square, hosts diamonds,
 * unassigned types dashed; an expanded cell shows its namespaces ("units") inside it. Edges add up the directed weights
 * between the visible nodes. Labels are drawn on canvas, never parsed.
 */
var cellsGraph = (function () {
  var map = state.map;
  var cells = state.cells;
  var handlers = { cell: function () {}, unit: function () {} };

  function elements() {
    var units = state.data.cells.units;
    var visible = function (u) { return map.expanded[units[u].cell] ? 'u' + u : 'c' + units[u].cell; };
    var maxLines = Math.max.apply(null, cells.map(function (c) { return c.lines; }).concat([1]));
    var result = [];
    cells.forEach(function (c) {
      result.push({ group: 'nodes', data: { id: 'c' + c.index, name: c.name, label: c.name + (map.expanded[c.index] ? '' : '\n' + format.num(c.types) + (c.types === 1 ? ' type' : ' types')), color: c.color, kind: c.kind, size: 28 + 52 * Math.sqrt(c.lines / maxLines), cell: c.index } });
    });
    units.forEach(function (u) {
      if (!map.expanded[u.cell]) return;
      result.push({ group: 'nodes', data: { id: 'u' + u.index, parent: 'c' + u.cell, label: u.namespace, color: cells[u.cell].color, kind: 'unit', size: 18, unit: u.index } });
    });
    var weights = {};
    state.data.cells.unitEdges.forEach(function (e) {
      var from = visible(e[0]), to = visible(e[1]);
      if (from === to) return;
      var key = from + '>' + to;
      weights[key] = (weights[key] || 0) + e[2];
    });
    var keys = Object.keys(weights);
    var max = Math.max.apply(null, keys.map(function (k) { return weights[k]; }).concat([1]));
    keys.forEach(function (key, i) {
      var ends = key.split('>');
      var tissue = [ends[0], ends[1]].some(function (id) { return id[0] === 'c' && cells[+id.slice(1)].kind !== 'cell'; });
      result.push({ group: 'edges', data: { id: 'e' + i, source: ends[0], target: ends[1], weight: weights[key], width: 1 + 5 * Math.log(1 + weights[key]) / Math.log(1 + max), tissue: tissue ? 1 : 0 } });
    });
    return result;
  }

  function draw() {
    if (!map.container) return;
    if (map.cy) map.cy.destroy();
    var cy = cytoscape({
      container: map.container,
      elements: elements(),
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 4,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': 160, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 2, 'border-width': 2, 'border-color': '#ffffff' } },
        { selector: 'node[kind = "tissue"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'node[kind = "host"]', style: { 'shape': 'diamond' } },
        { selector: 'node[kind = "unassigned"]', style: { 'border-style': 'dashed', 'border-color': '#8a96a8' } },
        { selector: 'node[kind = "unit"]', style: { 'font-size': 9, 'opacity': 0.95 } },
        { selector: ':parent', style: { 'background-opacity': 0.12, 'text-valign': 'top', 'text-margin-y': -4, 'padding': 14, 'shape': 'round-rectangle', 'border-color': 'data(color)', 'border-width': 2 } },
        { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#7f8ea3', 'target-arrow-color': '#7f8ea3', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', 'opacity': 0.55, 'label': 'data(weight)', 'font-size': 9, 'color': '#5a6678', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
        { selector: 'edge[tissue = 1]', style: { 'line-color': '#c3cad4', 'target-arrow-color': '#c3cad4', 'opacity': 0.6 } },
        { selector: '.faded', style: { 'opacity': 0.12 } },
        { selector: 'node:selected', style: { 'border-color': '#1d2430', 'border-width': 3 } },
        { selector: 'edge.focus', style: { 'opacity': 0.95, 'line-color': '#2b6cb0', 'target-arrow-color': '#2b6cb0' } }
      ],
      layout: { name: 'fcose', animate: false, randomize: true, quality: 'default', nodeRepulsion: 9000, idealEdgeLength: 130, nodeSeparation: 90, packComponents: true, fit: true, padding: 30 }
    });
    cy.on('tap', 'node', function (evt) {
      var d = evt.target.data();
      if (d.unit !== undefined) handlers.unit(d.unit); else handlers.cell(d.cell);
    });
    cy.on('tap', function (evt) { if (evt.target === cy) cy.elements().removeClass('faded focus'); });
    map.cy = cy;
  }

  /** Selects a cell and fades everything that is not its neighbourhood. */
  function focus(index) {
    var cy = map.cy;
    if (!cy) return;
    var node = cy.getElementById('c' + index);
    cy.elements().unselect().removeClass('faded focus');
    if (!node.length) return;
    node.select();
    var hood = node.closedNeighborhood().union(node.descendants()).union(node.descendants().closedNeighborhood());
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('focus');
  }

  function toggle(index) { map.expanded[index] = !map.expanded[index]; draw(); }
  function collapseAll() { map.expanded = {}; draw(); }
  function fit() { if (map.cy) map.cy.fit(undefined, 30); }
  function resize() { if (map.cy) map.cy.resize(); }

  /** What a tap on a cell node and on a namespace node does (cell-details.js). */
  function onTap(cell, unit) { handlers.cell = cell; handlers.unit = unit; }

  return { draw: draw, focus: focus, toggle: toggle, collapseAll: collapseAll, fit: fit, resize: resize, onTap: onTap };
})();
