/*
 * Modernize report: renders the JSON embedded in #modernize-data.
 * Every string from the scan reaches the page through text nodes, textContent, canvas labels or DOM-built tooltips: never as HTML.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('modernize-data').textContent);
  var charts = [];
  var PALETTE = ['#4e79a7', '#e39a4f', '#59a14f', '#b07aa1', '#5fa8a3', '#c9a227', '#d3645f', '#8c6d5a', '#7a8fd1', '#9bb054', '#cf7fa0', '#5b8db8'];
  var TISSUE = '#a0aab8';
  var UNASSIGNED = '#d4d9e1';
  var PAGE = 25;

  /* ---------- DOM helpers: strings always become text nodes. ---------- */

  function el(tag, cls, children) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    add(node, children);
    return node;
  }

  function add(node, children) {
    if (children === null || children === undefined || children === false) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function titled(node, title) { node.title = String(title); return node; }
  function button(label, onClick, cls) { var b = el('button', cls, label); b.type = 'button'; b.addEventListener('click', onClick); return b; }
  function empty(message) { return el('p', 'empty', message); }
  function badge(label, cls) { return el('span', 'badge' + (cls ? ' ' + cls : ''), label); }
  function loc(text) { return el('span', 'loc', text); }
  function locs(list) { return list && list.length ? el('div', 'locs', list.map(loc)) : el('span', 'muted', 'no sample'); }
  function swatch(color) { var s = el('span', 'swatch'); s.style.background = color; return s; }
  function num(value, decimals) { return Number(value).toLocaleString('en-US', { minimumFractionDigits: decimals || 0, maximumFractionDigits: decimals || 0 }); }
  function pct(value, decimals) { return num(value * 100, decimals === undefined ? 0 : decimals) + '%'; }
  function date(iso) { var d = new Date(iso); return isNaN(d) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' '); }
  function shortSha(sha) { return sha ? String(sha).slice(0, 8) : ''; }
  function kindsText(kinds) { return Object.keys(kinds || {}).map(function (k) { return k + ' ×' + kinds[k]; }).join(', '); }

  /** A table that shows PAGE rows and a button for the rest. columns: {title, num, cell(row) -> node|string}. */
  function table(columns, rows, pageSize) {
    var limit = pageSize || PAGE;
    var wrap = el('div', 'table-wrap');
    var t = el('table');
    var head = el('tr', null, columns.map(function (c) { return el('th', c.num ? 'num' : null, c.title); }));
    t.appendChild(el('thead', null, head));
    var body = el('tbody');
    t.appendChild(body);
    wrap.appendChild(t);
    var shown = 0;
    function more(count) {
      rows.slice(shown, shown + count).forEach(function (row) {
        body.appendChild(el('tr', null, columns.map(function (c) { return el('td', c.num ? 'num' : null, c.cell(row)); })));
      });
      shown = Math.min(rows.length, shown + count);
    }
    more(limit);
    if (rows.length > shown) {
      var b = button('Show all ' + num(rows.length) + ' rows', function () { more(rows.length); b.remove(); }, 'more');
      wrap.appendChild(b);
    }
    return wrap;
  }

  function chart(container, option) {
    var instance = echarts.init(container, null, { renderer: 'canvas' });
    instance.setOption(option);
    charts.push(instance);
    return instance;
  }

  /** Tooltips built as DOM so that names from the scan are never parsed as HTML by the chart library. */
  function tooltipNode(lines) {
    return el('div', null, lines.map(function (line, i) { return el('div', i === 0 ? 'mono' : null, line); }));
  }

  /* ---------- Cells: colours and lookups shared by several sections. ---------- */

  var cells = data.cells.items;
  var cellByName = {};
  cells.forEach(function (c, i) {
    c.color = c.kind === 'tissue' ? TISSUE : c.kind === 'unassigned' ? UNASSIGNED : PALETTE[i % PALETTE.length];
    cellByName[c.name] = c;
  });
  function cellColor(name) { return cellByName[name] ? cellByName[name].color : UNASSIGNED; }
  function cellLabel(name) { return el('span', null, [swatch(cellColor(name)), name]); }

  /* ---------- Sections. ---------- */

  var sections = [
    { id: 'summary', title: 'Summary', render: renderSummary },
    { id: 'cells', title: 'Cells map', count: cells.length, render: renderCellsMap },
    { id: 'seams', title: 'Seams & order', count: data.cells.seams.length, render: renderSeams },
    { id: 'dsm', title: 'Structure matrix', render: renderDsm },
    { id: 'cycles', title: 'Cycles', count: data.cycles.length, render: renderCycles },
    { id: 'hotspots', title: 'Hotspots', count: data.history.hotspots.length, render: renderHotspots },
    { id: 'autonomy', title: 'Autonomy', render: renderAutonomy },
    { id: 'blockers', title: 'Legacy blockers', count: data.blockers.length, render: renderBlockers },
    { id: 'fidelity', title: 'Fidelity', count: data.fidelity.projects.length, render: renderFidelity },
    { id: 'trend', title: 'Trend', count: data.trendScans.length, render: renderTrend },
    { id: 'diff', title: 'Changes', render: renderDiff },
    { id: 'rules', title: 'Rule violations', count: data.violations.length, render: renderViolations },
    { id: 'findings', title: 'Findings', count: data.findings.length, render: renderFindings }
  ];

  function panel(section) {
    var node = el('section', 'panel');
    node.id = section.id;
    node.setAttribute('data-section', section.id);
    return node;
  }

  function head(title, lead, extra) {
    return [el('div', 'panel-head', [el('h2', null, title), extra || null]), lead ? el('p', 'lead', lead) : null];
  }

  function renderSummary(node) {
    var m = data.meta;
    var header = el('header', 'report-header', [
      el('div', null, [
        el('h1', null, m.solution),
        el('div', 'subtitle', 'Scanned ' + date(m.startedAt) + ' UTC in ' + num(m.durationSeconds, 1) + ' s')
      ]),
      el('div', 'meta', [
        m.branch ? el('span', 'chip', 'branch ' + m.branch) : null,
        m.commit ? titled(el('span', 'chip mono', shortSha(m.commit)), m.commit) : el('span', 'chip', 'not a git repository'),
        el('span', 'chip', num(m.projects) + ' projects'),
        el('span', 'chip', num(m.types) + ' types'),
        el('span', 'chip', num(m.dependencies) + ' dependencies'),
        m.safeMode ? el('span', 'chip warn', 'safe mode: no MSBuild evaluation') : null,
        lowFidelity().length ? el('span', 'chip warn', lowFidelity().length + ' low-fidelity project(s)') : null
      ])
    ]);
    node.parentNode.insertBefore(header, node);
    add(node, head('Summary', glance()));
    if (!data.kpis.length) { node.appendChild(empty('This scan has no KPIs yet: run a full scan (modernize scan) to compute them.')); return; }
    var grid = el('div', 'kpis');
    data.kpis.forEach(function (k) {
      var card = el('div', 'kpi');
      card.setAttribute('data-kpi', k.key);
      titled(card, k.description);
      add(card, [el('div', 'kpi-title', k.title), el('div', 'kpi-value', k.display)]);
      if (k.deltaDisplay) {
        var arrow = k.direction === 'same' ? '= ' : (k.delta > 0 ? '▲ ' : '▼ ');
        card.appendChild(el('div', null, titled(el('span', 'delta ' + k.direction, arrow + k.deltaDisplay), 'since the previous scan (' + k.direction + ')')));
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
  }

  var sparklines = [];

  function lowFidelity() { return data.fidelity.projects.filter(function (p) { return p.low; }); }

  function glance() {
    var proper = cells.filter(function (c) { return c.kind === 'cell'; }).length;
    var tissue = cells.filter(function (c) { return c.kind === 'tissue'; }).length;
    var points = data.blockers.reduce(function (s, b) { return s + b.points; }, 0);
    var parts = [];
    parts.push(proper ? proper + ' cell' + (proper === 1 ? '' : 's') + ' and ' + tissue + ' tissue element' + (tissue === 1 ? '' : 's') + ' (' + data.cells.origin + ')' : 'no cells yet');
    parts.push(data.cells.seams.length + ' seam' + (data.cells.seams.length === 1 ? '' : 's'));
    parts.push(data.cycles.length + ' cycle' + (data.cycles.length === 1 ? '' : 's'));
    parts.push(points + ' legacy blocker point' + (points === 1 ? '' : 's'));
    return 'At a glance: ' + parts.join(' · ') + '.';
  }

  /* ---------- Cells map (cytoscape + fcose). ---------- */

  var cy = null;
  var expanded = {};
  var detailsPanel = null;

  function renderCellsMap(node) {
    add(node, head('Cells map', 'Cells are the slices a team could own; grey tissue is shared platform, utilities or data. Lines are the dependencies between them, thicker for heavier seams. Click a cell for its members, its score and the exact dependencies to cut; expand it to see its namespaces.'));
    if (!cells.length) {
      node.appendChild(empty('No cells yet: the scan proposed none and modernize.yml declares none. Run modernize cells, or declare a product map in modernize.yml.'));
      return;
    }
    var map = el('div');
    map.id = 'cells-map';
    map.setAttribute('role', 'img');
    map.setAttribute('aria-label', 'Graph of cells and tissue with the dependencies between them');
    detailsPanel = el('div', 'cell-panel', el('p', 'muted', 'Click a cell on the map (or in the legend) to see its member types, its score breakdown and the dependencies to cut.'));
    detailsPanel.id = 'cell-details';
    var legend = el('div', 'map-legend', cells.map(function (c) {
      return button([swatch(c.color), c.name], function () { selectCell(c.index); }, 'legend-cell');
    }));
    var tools = el('div', 'tabs', [
      button('Fit', function () { if (cy) cy.fit(undefined, 30); }),
      button('Collapse all', function () { expanded = {}; drawMap(); })
    ]);
    node.querySelector('.panel-head').appendChild(tools);
    node.appendChild(el('div', 'map-grid', [el('div', null, [map, legend]), detailsPanel]));
    mapContainer = map;
  }

  var mapContainer = null;

  function mapElements() {
    var units = data.cells.units;
    var visible = function (u) { return expanded[units[u].cell] ? 'u' + u : 'c' + units[u].cell; };
    var maxLines = Math.max.apply(null, cells.map(function (c) { return c.lines; }).concat([1]));
    var elements = [];
    cells.forEach(function (c) {
      elements.push({ group: 'nodes', data: { id: 'c' + c.index, name: c.name, label: c.name + (expanded[c.index] ? '' : '\n' + num(c.types) + (c.types === 1 ? ' type' : ' types')), color: c.color, kind: c.kind, size: 28 + 52 * Math.sqrt(c.lines / maxLines), cell: c.index } });
    });
    units.forEach(function (u) {
      if (!expanded[u.cell]) return;
      elements.push({ group: 'nodes', data: { id: 'u' + u.index, parent: 'c' + u.cell, label: u.namespace, color: cells[u.cell].color, kind: 'unit', size: 18, unit: u.index } });
    });
    var weights = {};
    data.cells.unitEdges.forEach(function (e) {
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
      elements.push({ group: 'edges', data: { id: 'e' + i, source: ends[0], target: ends[1], weight: weights[key], width: 1 + 5 * Math.log(1 + weights[key]) / Math.log(1 + max), tissue: tissue ? 1 : 0 } });
    });
    return elements;
  }

  function drawMap() {
    if (!mapContainer) return;
    if (cy) cy.destroy();
    cy = cytoscape({
      container: mapContainer,
      elements: mapElements(),
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 4,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': 160, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 2, 'border-width': 2, 'border-color': '#ffffff' } },
        { selector: 'node[kind = "tissue"]', style: { 'shape': 'round-rectangle' } },
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
      if (d.unit !== undefined) showUnit(d.unit); else selectCell(d.cell);
    });
    cy.on('tap', function (evt) { if (evt.target === cy) cy.elements().removeClass('faded focus'); });
    api.cy = cy;
  }

  function focusCell(index) {
    if (!cy) return;
    var node = cy.getElementById('c' + index);
    cy.elements().unselect().removeClass('faded focus');
    if (!node.length) return;
    node.select();
    var hood = node.closedNeighborhood().union(node.descendants()).union(node.descendants().closedNeighborhood());
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('focus');
  }

  function selectCell(index) {
    var c = cells[index];
    focusCell(index);
    var panelNode = detailsPanel;
    panelNode.textContent = '';
    panelNode.setAttribute('data-cell', c.name);
    add(panelNode, [
      el('h3', null, [swatch(c.color), el('span', 'cell-name', c.name), badge(c.kind, c.kind === 'cell' ? null : 'tissue'), badge(c.origin)]),
      c.owner ? el('p', 'muted', 'Owner: ' + c.owner) : null,
      c.kind === 'cell' ? el('div', null, [el('span', 'score', num(c.score, 0)), el('span', 'muted', ' / 100 readiness to stand alone'), el('div', 'bar', bar(c.score / 100))]) : null,
      el('p', 'muted', num(c.types) + ' types · ' + num(c.lines) + ' source lines'),
      button(expanded[index] ? 'Collapse namespaces' : 'Show namespaces on the map', function () { expanded[index] = !expanded[index]; drawMap(); selectCell(index); })
    ]);
    if (c.kind !== 'unassigned') {
      panelNode.appendChild(el('h4', null, 'Score breakdown'));
      panelNode.appendChild(breakdown(c.breakdown));
    }
    if (c.explanation && c.explanation.length) {
      panelNode.appendChild(el('h4', null, 'Why'));
      panelNode.appendChild(el('ul', 'explain', c.explanation.map(function (s) { return el('li', null, s); })));
    }
    var seams = data.cells.seams.filter(function (s) { return s.from === c.name || s.to === c.name; });
    var cuts = el('div', 'cuts');
    panelNode.appendChild(el('h4', null, 'Dependencies to cut (' + seams.length + ' seam' + (seams.length === 1 ? '' : 's') + ')'));
    if (!seams.length) cuts.appendChild(el('p', 'muted', 'Nothing crosses this boundary: it already stands alone.'));
    seams.forEach(function (s, i) { cuts.appendChild(seamDetails(s, c.name, i === 0)); });
    panelNode.appendChild(cuts);
    if (c.data && c.data.length) {
      panelNode.appendChild(el('h4', null, 'Data it touches'));
      panelNode.appendChild(table([
        { title: 'Table, entity or SQL', cell: function (d) { return el('div', null, [el('div', 'mono ellipsis', d.target), el('div', 'muted', d.operation + ' · ' + d.kind)]); } },
        { title: 'Where', cell: function (d) { return el('div', null, [el('div', 'mono muted ellipsis', d.from), loc(d.location)]); } }
      ], c.data, 10));
    }
    panelNode.appendChild(el('h4', null, 'Member types (' + num(c.types) + ')'));
    var members = el('div', 'members');
    data.cells.units.filter(function (u) { return u.cell === index; }).forEach(function (u) { members.appendChild(unitDetails(u, false)); });
    panelNode.appendChild(members);
  }

  function bar(ratio) { var span = el('span'); span.style.width = Math.max(0, Math.min(1, ratio)) * 100 + '%'; return span; }

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
      return el('tr', null, [el('td', null, [r[0], el('div', 'muted', r[2])]), el('td', 'num', [r[1], r[3] !== null ? el('div', 'bar', bar(r[3])) : null])]);
    })));
  }

  function seamDetails(seam, self, open) {
    var other = seam.from === self ? seam.to : seam.from;
    var d = el('details', 'seam');
    d.open = !!open;
    d.appendChild(el('summary', null, [
      self ? el('span', null, ['with ', cellLabel(other)]) : el('span', null, [cellLabel(seam.from), el('span', 'arrow', '↔'), cellLabel(seam.to)]),
      badge('weight ' + num(seam.weight)),
      el('span', 'muted', num(seam.dependencyCount) + ' type dependencies' + (seam.changeCoupling ? ' · change coupling ' + num(seam.changeCoupling, 2) : ''))
    ]));
    d.appendChild(dependencyTable(seam.dependencies, 10));
    if (seam.dependencyCount > seam.dependencies.length) {
      d.appendChild(el('p', 'muted', 'The ' + seam.dependencies.length + ' heaviest of ' + num(seam.dependencyCount) + ' are listed; export CSV for all of them.'));
    }
    return d;
  }

  function dependencyTable(deps, pageSize) {
    return table([
      { title: 'Dependency', cell: function (d) { return el('div', 'ellipsis', [el('span', 'mono', d.from), el('span', 'arrow', '→'), el('span', 'mono', d.to)]); } },
      { title: 'Weight', num: true, cell: function (d) { return num(d.weight); } },
      { title: 'Where', cell: function (d) { return el('div', null, [el('div', 'muted', kindsText(d.kinds)), locs(d.samples)]); } }
    ], deps, pageSize);
  }

  function unitDetails(unit, open) {
    var d = el('details', 'unit');
    d.open = !!open;
    d.appendChild(el('summary', null, [el('span', 'mono', unit.namespace), el('span', 'muted', unit.types.length + ' types · ' + num(unit.lines) + ' lines')]));
    d.appendChild(table([
      { title: 'Type', cell: function (t) { return el('div', 'ellipsis', [el('span', 'mono', t[0]), ' ', badge(t[1])]); } },
      { title: 'Declared', cell: function (t) { return loc(t[2] + ':' + t[3]); } },
      { title: 'Lines', num: true, cell: function (t) { return num(t[4]); } },
      { title: 'CC', num: true, cell: function (t) { return num(t[5]); } }
    ], unit.types, 50));
    return d;
  }

  function showUnit(index) {
    var unit = data.cells.units[index];
    detailsPanel.textContent = '';
    add(detailsPanel, [
      el('h3', null, [swatch(cells[unit.cell].color), el('span', 'mono', unit.namespace)]),
      el('p', 'muted', ['in ', cellLabel(cells[unit.cell].name)]),
      button('Back to ' + cells[unit.cell].name, function () { selectCell(unit.cell); }),
      unitDetails(unit, true)
    ]);
  }

  /* ---------- Seams, extraction order, shared data. ---------- */

  function renderSeams(node) {
    add(node, head('Seams and extraction order', 'The order proposes which cell to carve out first: the cheapest to separate and the most valuable, with the reason. Each seam lists the type-level dependencies that must be cut or turned into a contract, with the lines where they are made.'));
    if (!cells.length) { node.appendChild(empty('No cells, so no seams: declare a product map in modernize.yml or let the scan propose cells.')); return; }
    var q = data.cells.quality;
    if (q) {
      node.appendChild(el('div', 'stat-row', [
        stat(num(q.modularity, 2), 'modularity Q'), stat(pct(q.interPartitionCallPercentage, 1), 'calls crossing cells (ICP)'),
        stat(num(q.interfaceNumber, 1), 'interface types per cell (IFN)'), stat(pct(q.nonExtremeDistribution, 0), 'types in reasonably sized cells (NED)')
      ]));
    }
    node.appendChild(el('h3', null, 'Extraction order'));
    node.appendChild(data.cells.extraction.length ? table([
      { title: '#', num: true, cell: function (s) { return String(s.rank); } },
      { title: 'Cell', cell: function (s) { return cellLabel(s.cell); } },
      { title: 'Score', num: true, cell: function (s) { return num(s.score, 0); } },
      { title: 'Why now', cell: function (s) { return s.reason; } }
    ], data.cells.extraction) : empty('No extraction order was computed for this decomposition.'));
    node.appendChild(el('h3', null, 'Seams, heaviest first'));
    if (!data.cells.seams.length) node.appendChild(empty('No dependency crosses a cell boundary.'));
    var list = el('div', 'seams');
    var shown = 0;
    function more(count) {
      data.cells.seams.slice(shown, shown + count).forEach(function (s) { list.appendChild(seamDetails(s, null, false)); });
      shown = Math.min(data.cells.seams.length, shown + count);
    }
    more(15);
    node.appendChild(list);
    if (data.cells.seams.length > shown) { var b = button('Show all ' + data.cells.seams.length + ' seams', function () { more(data.cells.seams.length); b.remove(); }, 'more'); node.appendChild(b); }
    if (data.cells.sharedData.length) {
      node.appendChild(el('h3', null, 'Shared data'));
      node.appendChild(table([
        { title: 'Table or entity', cell: function (t) { return el('span', 'mono', t.table); } },
        { title: 'Used by cells', cell: function (t) { return el('div', null, t.cells.map(function (c) { return el('div', null, cellLabel(c)); })); } },
        { title: 'Accessors', cell: function (t) { return el('div', 'ellipsis mono', t.accessors.join(', ')); } }
      ], data.cells.sharedData));
    }
    if (data.cells.comparison.length) {
      node.appendChild(el('h3', null, 'Proposal against the declared map'));
      node.appendChild(el('ul', 'explain', data.cells.comparison.map(function (s) { return el('li', null, s); })));
    }
  }

  function stat(value, label) { return el('div', 'stat', [el('b', null, value), el('span', null, label)]); }

  /* ---------- Dependency structure matrix. ---------- */

  function renderDsm(node) {
    var holder = el('div');
    var tabs = el('div', 'tabs');
    var levels = [['namespace', 'Namespaces', data.namespaceDsm], ['project', 'Projects', data.projectDsm]];
    levels.forEach(function (l, i) {
      var b = button(l[1], function () {
        Array.prototype.forEach.call(tabs.children, function (x) { x.classList.remove('active'); });
        b.classList.add('active');
        holder.textContent = '';
        holder.appendChild(dsm(l[2], l[0]));
      }, i === 0 ? 'active' : null);
      tabs.appendChild(b);
    });
    add(node, head('Dependency structure matrix', 'Row uses column; the number is the reference count. Elements are grouped by cell (the coloured bars), so marks outside a group\'s block are cross-cell dependencies. Red outlines sit inside a cycle. Read it for layering: a clean design has its marks on one side of the diagonal.', tabs));
    holder.appendChild(dsm(data.namespaceDsm, 'namespace'));
    node.appendChild(holder);
  }

  function dsm(matrix, level) {
    if (!matrix.names.length) return empty('No ' + level + ' dependencies to show.');
    var n = matrix.names.length;
    var grid = [];
    for (var i = 0; i < n; i++) grid.push({});
    var max = 1;
    matrix.entries.forEach(function (e) { grid[e[0]][e[1]] = e[2]; max = Math.max(max, e[2]); });
    var cyclic = {};
    matrix.cyclic.forEach(function (e) { cyclic[e[0] + ',' + e[1]] = true; });
    var t = el('table', 'dsm');
    t.setAttribute('data-level', level);
    var headRow = el('tr', null, el('th', 'row', ''));
    for (var c = 0; c < n; c++) { var th = el('th', 'col', String(c + 1)); th.style.borderBottomColor = cellColor(matrix.groups[c]); titled(th, matrix.names[c]); headRow.appendChild(th); }
    t.appendChild(el('thead', null, headRow));
    var body = el('tbody');
    for (var r = 0; r < n; r++) {
      var tr = el('tr', r > 0 && matrix.groups[r] !== matrix.groups[r - 1] ? 'group-start' : null);
      var rowHead = el('th', 'row', (r + 1) + '. ' + matrix.names[r]);
      rowHead.style.borderRightColor = cellColor(matrix.groups[r]);
      titled(rowHead, matrix.names[r] + (matrix.groups[r] ? ' (' + matrix.groups[r] + ')' : ''));
      tr.appendChild(rowHead);
      for (var k = 0; k < n; k++) {
        var td = el('td');
        var w = grid[r][k];
        if (r === k) td.className = 'diag';
        else if (w) {
          var alpha = 0.2 + 0.8 * Math.log(1 + w) / Math.log(1 + max);
          td.style.background = 'rgba(43,108,176,' + alpha.toFixed(2) + ')';
          td.style.color = alpha > 0.5 ? '#fff' : '#1d2430';
          td.textContent = w > 999 ? '1k+' : String(w);
          if (cyclic[r + ',' + k]) td.classList.add('cyclic');
          titled(td, matrix.names[r] + ' uses ' + matrix.names[k] + ': ' + w + ' references' + (cyclic[r + ',' + k] ? ' (in a cycle)' : ''));
        }
        if (k + 1 < n && matrix.groups[k] !== matrix.groups[k + 1]) td.classList.add('group-edge');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
    var wrap = el('div', null, [el('div', 'dsm-wrap', t)]);
    if (matrix.total > n) wrap.appendChild(el('p', 'muted', 'Showing the ' + n + ' most connected of ' + num(matrix.total) + ' ' + level + 's; export the ' + level + ' graph (modernize export --format graphml --level ' + level + ') for all of them.'));
    return wrap;
  }

  /* ---------- Cycles. ---------- */

  function renderCycles(node) {
    add(node, head('Cycles', 'Groups of namespaces or projects that depend on each other in a loop cannot be extracted one at a time. Each cycle lists the lightest dependencies whose removal breaks it.'));
    if (!data.cycles.length) { node.appendChild(empty('No cycles: every namespace and project dependency points one way.')); return; }
    data.cycles.forEach(function (cycle, i) {
      var d = el('details', 'cycle');
      d.open = i < 3;
      d.appendChild(el('summary', null, [badge(cycle.level, 'error'), el('b', null, cycle.members.length + ' ' + cycle.level + 's'), el('span', 'muted', 'weight ' + num(cycle.weight) + ' · ' + cycle.cuts.length + ' cut' + (cycle.cuts.length === 1 ? '' : 's') + ' break it')]));
      d.appendChild(el('div', 'locs', cycle.members.map(function (m) { return el('span', 'chip mono', m); })));
      d.appendChild(el('h4', null, 'Cut these to break it'));
      d.appendChild(cycle.cuts.length ? dependencyTable(cycle.cuts, 10) : el('p', 'muted', 'No cut was computed.'));
      node.appendChild(d);
    });
  }

  /* ---------- Hotspots (git history). ---------- */

  function renderHotspots(node) {
    var h = data.history;
    add(node, head('Hotspots', 'Code that is both complex and changed often is where change costs most: fix or isolate it first. Change coupling shows files that change together although nothing in the code connects them.'));
    if (!h.available) { node.appendChild(empty('No git history found: run inside a repository to see hotspots.')); return; }
    if (!h.hotspots.length) node.appendChild(empty('History was read' + (h.commit ? ' (at ' + shortSha(h.commit) + ')' : '') + ', but no file is both complex and often changed in the history window.'));
    else {
      var scatter = el('div', 'chart');
      node.appendChild(scatter);
      hotspotChart = { node: scatter, items: h.hotspots };
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
    ], h.changeCoupling, 10) : empty('No pair of files changes together often enough to report.')]));
    cols.appendChild(el('div', null, [el('h3', null, 'Most changed files'), h.files.length ? table([
      { title: 'File', cell: function (f) { return el('span', 'mono ellipsis', f.path); } },
      { title: 'Revisions', num: true, cell: function (f) { return num(f.revisions); } },
      { title: 'Authors', cell: function (f) { return el('span', 'ellipsis', f.authors.join(', ')); } }
    ], h.files, 10) : empty('No file changes in the history window.')]));
    node.appendChild(cols);
  }

  var hotspotChart = null;

  /* ---------- Autonomy: can teams ship without waiting on each other? ---------- */

  var velocityChart = null;

  function renderAutonomy(node) {
    var a = data.autonomy;
    add(node, head('Autonomy', 'Every commit that must change several cells is a coordination cost between teams. Cross-cell change ratio: the share of commits whose files span two or more cells (tissue counted apart). Ownership alignment: how much of a cell\'s change comes from its owning team.'));
    if (!a) { node.appendChild(empty('No autonomy figures: they need git history and cells (declared in modernize.yml or proposed).')); return; }
    var main = a.declared || a.proposed;
    var window = el('p', 'muted', 'Window: the ' + a.windowDays + ' days to ' + date(a.to) + '. ' + num(main.commits) + ' commits counted' +
      (main.largeCommitsSkipped ? ', ' + num(main.largeCommitsSkipped) + ' mass changes left out' : '') + '.');
    node.appendChild(window);
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
      { title: 'Cell', cell: function (c) { return el('div', null, [cellLabel(c.cell), c.kind === 'tissue' ? badge('tissue') : null]); } },
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
    velocityChart = { node: velocity, cells: main.cells };
    if (main.unmappedFiles.length) {
      node.appendChild(el('details', null, [el('summary', null, num(main.unmappedFiles.length) + ' changed files belong to no cell'),
        table([{ title: 'File', cell: function (u) { return el('span', 'mono ellipsis', u.path); } }, { title: 'Commits', num: true, cell: function (u) { return num(u.commits); } }], main.unmappedFiles, 10)]));
    }
  }

  function drawVelocity() {
    if (!velocityChart || !velocityChart.cells.length) return;
    var cellsShown = velocityChart.cells;
    var starts = cellsShown[0].velocity.map(function (v) { return v.start; });
    var ratio = starts.map(function (_, i) {
      var commits = 0, cross = 0;
      cellsShown.forEach(function (c) { if (c.kind === 'cell') { commits += c.velocity[i].commits; cross += c.velocity[i].crossCellCommits; } });
      return commits ? Math.round(1000 * cross / commits) / 10 : null;
    });
    chart(velocityChart.node, {
      animation: false,
      grid: { left: 48, right: 56, top: 36, bottom: 40 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', formatter: function (ps) { return tooltipNode([ps[0].axisValue].concat(ps.map(function (p) { return p.seriesName + ': ' + (p.value === null || p.value === undefined ? '—' : p.value); }))); } },
      xAxis: { type: 'category', data: starts },
      yAxis: [{ type: 'value', name: 'commits', splitLine: { lineStyle: { color: '#eef1f5' } } }, { type: 'value', name: 'cross-cell %', min: 0, max: 100 }],
      series: cellsShown.map(function (c) {
        return { name: c.cell, type: 'bar', stack: 'commits', itemStyle: { color: cellColor(c.cell) }, data: c.velocity.map(function (v) { return v.commits; }) };
      }).concat([{ name: 'cross-cell %', type: 'line', yAxisIndex: 1, connectNulls: false, itemStyle: { color: '#c0392b' }, data: ratio }])
    });
  }

  function drawHotspots() {
    if (!hotspotChart) return;
    var items = hotspotChart.items;
    var maxChurn = Math.max.apply(null, items.map(function (x) { return x.churn; }).concat([1]));
    chart(hotspotChart.node, {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 44 },
      xAxis: { name: 'revisions', nameLocation: 'middle', nameGap: 28, type: 'value', splitLine: { lineStyle: { color: '#eef1f5' } } },
      yAxis: { name: 'complexity', nameLocation: 'middle', nameGap: 40, type: 'value', splitLine: { lineStyle: { color: '#eef1f5' } } },
      tooltip: { trigger: 'item', formatter: function (p) { var x = items[p.dataIndex]; return tooltipNode([x.element, x.revisions + ' revisions · complexity ' + x.complexity, 'churn ' + x.churn + ' · ' + x.authors + ' authors']); } },
      series: [{ type: 'scatter', data: items.map(function (x) { return [x.revisions, x.complexity, x.churn]; }), symbolSize: function (v) { return 8 + 26 * Math.sqrt(v[2] / maxChurn); }, itemStyle: { color: 'rgba(192,57,43,0.55)', borderColor: '#c0392b' } }]
    });
  }

  /* ---------- Legacy blockers. ---------- */

  function renderBlockers(node) {
    var total = data.blockers.reduce(function (s, b) { return s + b.points; }, 0);
    add(node, head('Legacy blockers', 'Technologies that stand between a project and modern .NET, with effort points (1 trivial, 3 complex, 5 redesign, 7 re-architecture, 13 unknown), the remedy and every place they are used.'));
    if (!data.blockers.length) { node.appendChild(empty('No legacy blockers: nothing found that stops these projects from moving to modern .NET.')); return; }
    var projects = {};
    data.blockers.forEach(function (b) { projects[b.project] = (projects[b.project] || 0) + b.points; });
    node.appendChild(el('div', 'stat-row', [stat(num(total), 'blocker points'), stat(num(data.blockers.length), 'blockers'), stat(num(Object.keys(projects).length), 'projects affected')]));
    data.blockers.forEach(function (b) {
      var d = el('details', 'blocker');
      d.appendChild(el('summary', null, [badge(b.points + ' pts', b.points >= 7 ? 'error' : b.points >= 3 ? 'warning' : null), el('b', null, b.title), el('span', 'mono muted', b.project), el('span', 'muted', num(b.incidentCount) + ' incident' + (b.incidentCount === 1 ? '' : 's'))]));
      d.appendChild(el('p', null, [el('b', null, 'Remedy: '), b.remedy]));
      d.appendChild(table([
        { title: 'Use', cell: function (i) { return el('span', 'mono ellipsis', i.detail); } },
        { title: 'Where', cell: function (i) { return i.location ? loc(i.location) : el('span', 'muted', 'project-wide'); } }
      ], b.incidents, 10));
      if (b.incidentCount > b.incidents.length) d.appendChild(el('p', 'muted', b.incidents.length + ' of ' + num(b.incidentCount) + ' incidents listed.'));
      node.appendChild(d);
    });
  }

  /* ---------- Fidelity. ---------- */

  function renderFidelity(node) {
    add(node, head('Fidelity', 'How completely each project could be loaded. Low resolution means the graph misses dependencies: restore packages or install the missing reference assemblies before trusting the numbers for that project.'));
    var f = data.fidelity;
    if (f.warnings.length) node.appendChild(el('ul', 'explain', f.warnings.map(function (w) { return el('li', null, [badge('warning', 'warning'), ' ', w]); })));
    if (f.missingProjects && f.missingProjects.length) node.appendChild(el('ul', 'explain', f.missingProjects.map(function (m) { return el('li', null, [badge('not scanned', 'warning'), ' ', m]); })));
    if (!f.projects.length) { node.appendChild(empty('No projects were loaded.')); return; }
    node.appendChild(table([
      { title: 'Project', cell: function (p) { return el('div', null, [el('b', null, p.name), el('div', 'mono muted ellipsis', p.path)]); } },
      { title: 'Framework', cell: function (p) { return el('div', null, [p.targetFrameworks.join(', '), el('div', 'muted', p.language + ' · ' + p.style)]); } },
      { title: 'Mode', cell: function (p) { return badge(p.mode, p.mode === 'msBuild' ? 'info' : 'warning'); } },
      { title: 'Documents', num: true, cell: function (p) { return num(p.documents); } },
      { title: 'Errors', num: true, cell: function (p) { return num(p.errors); } },
      { title: 'Resolved', num: true, cell: function (p) { return el('div', null, [el('span', p.low ? 'badge error' : null, pct(p.resolvedRatio, 1)), el('div', 'bar', bar(p.resolvedRatio))]); } },
      { title: 'What could not be loaded, and why', cell: function (p) {
        var lines = (p.causes || []).map(function (c) { return 'Why: ' + c; }).concat(p.warnings);
        if (p.topMissing.length) lines.unshift('Missing: ' + p.topMissing.join(', '));
        return lines.length ? el('ul', 'explain', lines.map(function (w) { return el('li', null, w); })) : el('span', 'muted', 'complete');
      } }
    ], f.projects, 50));
  }

  /* ---------- Trend. ---------- */

  var trendCharts = [];

  function renderTrend(node) {
    add(node, head('KPI trend', 'Every stored scan of this solution, oldest to newest. Arrows in the summary compare with the previous scan; these charts show the direction over time.'));
    if (data.trendScans.length < 2) { node.appendChild(empty('Only ' + (data.trendScans.length ? 'one scan is' : 'this scan is') + ' stored so far: trends appear from the second scan (modernize scan stores each scan in reports/modernize.db).')); return; }
    var grid = el('div', 'trend-grid');
    data.kpis.forEach(function (k) {
      var box = el('div', 'chart');
      var card = el('div', 'trend-card', [el('h3', null, k.title), el('div', 'muted', k.higherIsBetter ? 'higher is better' : 'lower is better'), box]);
      card.setAttribute('data-kpi', k.key);
      grid.appendChild(card);
      trendCharts.push({ node: box, kpi: k });
    });
    node.appendChild(grid);
  }

  function formatKpi(k, v) { return v === null || v === undefined ? 'n/a' : k.percent ? pct(v, k.decimals) : num(v, k.decimals); }

  function drawTrends() {
    var labels = data.trendScans.map(function (s) { return date(s.startedAt).slice(5, 10); });
    trendCharts.forEach(function (t) {
      chart(t.node, {
        animation: false,
        grid: { left: 56, right: 16, top: 14, bottom: 26 },
        xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 10, color: '#718096', hideOverlap: true }, axisLine: { lineStyle: { color: '#cdd4de' } } },
        yAxis: { type: 'value', scale: true, minInterval: t.kpi.percent || t.kpi.decimals ? 0 : 1, axisLabel: { fontSize: 10, color: '#718096', formatter: function (v) { return formatKpi(t.kpi, v); } }, splitLine: { lineStyle: { color: '#eef1f5' } } },
        tooltip: { trigger: 'axis', formatter: function (ps) { var p = ps[0]; var s = data.trendScans[p.dataIndex]; return tooltipNode(['scan #' + s.id + ' · ' + date(s.startedAt), (s.branch ? s.branch + ' ' : '') + shortSha(s.commit), t.kpi.title + ': ' + formatKpi(t.kpi, t.kpi.trend[p.dataIndex])]); } },
        series: [{ type: 'line', data: t.kpi.trend, connectNulls: true, symbolSize: 6, lineStyle: { width: 2, color: '#2b6cb0' }, itemStyle: { color: '#2b6cb0' }, areaStyle: { color: 'rgba(43,108,176,0.08)' } }]
      });
    });
  }

  function drawSparklines() {
    sparklines.forEach(function (s) {
      chart(s.node, {
        animation: false,
        grid: { left: 2, right: 2, top: 4, bottom: 2 },
        xAxis: { type: 'category', show: false, boundaryGap: false, data: s.values.map(function (_, i) { return i; }) },
        yAxis: { type: 'value', show: false, scale: true },
        series: [{ type: 'line', data: s.values, connectNulls: true, symbol: 'none', lineStyle: { width: 1.6, color: s.color }, areaStyle: { color: s.color, opacity: 0.08 } }]
      });
    });
  }

  /* ---------- Diff against the previous scan. ---------- */

  function renderDiff(node) {
    var d = data.diff;
    add(node, head('Changes since the previous scan', d ? 'Scan #' + d.beforeId + ' (' + date(d.beforeAt) + ') → scan #' + d.afterId + ' (' + date(d.afterAt) + '). New cross-cell dependencies are the seams getting wider; removed ones are progress.' : null));
    if (!d) { node.appendChild(empty('No previous scan to compare with: the next scan of this solution will show what changed.')); return; }
    node.appendChild(el('div', 'stat-row', [stat(num(d.newFindings.length), 'new findings'), stat(num(d.fixedFindings.length), 'fixed findings'), stat(num(d.unchangedFindings), 'unchanged'), stat(num(d.newCrossCell.length), 'new cross-cell deps'), stat(num(d.removedCrossCell.length), 'removed cross-cell deps')]));
    if (d.kpis.length) {
      node.appendChild(el('h3', null, 'KPIs'));
      node.appendChild(table([
        { title: 'KPI', cell: function (k) { return k.title; } },
        { title: 'Before', num: true, cell: function (k) { return k.before === null || k.before === undefined ? '—' : num(k.before, 2); } },
        { title: 'After', num: true, cell: function (k) { return k.after === null || k.after === undefined ? '—' : num(k.after, 2); } },
        { title: 'Change', num: true, cell: function (k) { return badge((k.delta > 0 ? '+' : '') + num(k.delta, 2), k.direction); } }
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

  /* ---------- Rules and findings. ---------- */

  function renderViolations(node) {
    add(node, head('Rule violations', 'Breaks of the architecture rules in modernize.yml, each naming the dependency that breaks it.'));
    if (!data.violations.length) { node.appendChild(empty('No rule violations: either every rule holds or modernize.yml declares no rules.')); return; }
    node.appendChild(table([
      { title: 'Rule', cell: function (v) { return el('div', null, [el('b', 'mono', v.ruleId), el('div', 'muted', v.ruleText)]); } },
      { title: 'Severity', cell: function (v) { return badge(v.severity, v.severity.toLowerCase()); } },
      { title: 'Dependency', cell: function (v) { return el('div', 'ellipsis', [el('span', 'mono', v.from), el('span', 'arrow', '→'), el('span', 'mono', v.to), ' ', badge(v.kind)]); } },
      { title: 'Where', cell: function (v) { return v.location ? loc(v.location) : el('span', 'muted', '—'); } },
      { title: 'Message', cell: function (v) { return v.message; } }
    ], data.violations));
  }

  function findingTable(findings) {
    return table([
      { title: 'Severity', cell: function (f) { return badge(f.severity, f.severity.toLowerCase()); } },
      { title: 'Finding', cell: function (f) { return el('div', null, [el('div', null, f.message), el('div', 'muted mono ellipsis', f.ruleId + ' · ' + f.symbols.join(', ')), f.locations.length ? locs(f.locations) : null]); } }
    ], findings, 15);
  }

  function renderFindings(node) {
    add(node, head('Findings', 'Everything the architecture analysis flags, most severe first.'));
    node.appendChild(data.findings.length ? findingTable(data.findings) : empty('No findings for this scan.'));
  }

  /* ---------- Page. ---------- */

  var api = { cy: null, selectCell: selectCell };
  window.modernizeReport = api;

  function build() {
    var app = document.getElementById('app');
    var nav = el('nav', 'sidebar', el('div', 'brand', ['Modernize ', el('span', null, 'report')]));
    var main = el('main');
    app.appendChild(el('div', 'layout', [nav, main]));
    sections.forEach(function (s) {
      var link = el('a', null, [s.title, s.count !== undefined ? el('span', 'count', String(s.count)) : null]);
      link.href = '#' + s.id;
      nav.appendChild(link);
      var node = panel(s);
      main.appendChild(node);
      s.render(node);
    });
    var libs = data.meta.libraries.map(function (l) { return l.name + ' ' + l.version + ' (' + l.license + ')'; }).join(', ');
    main.appendChild(el('footer', null, [
      el('p', null, 'Generated by Modernize ' + data.meta.toolVersion + ' for ' + data.meta.identity + '. Self-contained: this file loads nothing from the network.'),
      el('p', null, 'Inlined libraries: ' + libs + '.')
    ]));
    drawSparklines();
    drawHotspots();
    drawVelocity();
    drawTrends();
    drawMap();
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); if (cy) cy.resize(); });
    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
    window.__modernizeReadyAt = performance.now();
    document.body.setAttribute('data-ready', 'true');
  }

  build();
})();
