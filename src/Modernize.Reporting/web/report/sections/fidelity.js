/* fidelitySection: how completely each project was loaded (mode, documents, errors, % resolved, what was missing and why). */
var fidelitySection = (function () {
  var el = dom.el, num = format.num, badge = dom.badge;
  var f = state.data.fidelity;

  function render(node) {
    dom.add(node, sectionHead('Fidelity', 'How completely each project could be loaded. Low resolution means the graph misses dependencies: restore packages or install the missing reference assemblies before trusting the numbers for that project.'));
    if (f.warnings.length) node.appendChild(el('ul', 'explain', f.warnings.map(function (w) { return el('li', null, [badge('warning', 'warning'), ' ', w]); })));
    if (f.missingProjects && f.missingProjects.length) node.appendChild(el('ul', 'explain', f.missingProjects.map(function (m) { return el('li', null, [badge('not scanned', 'warning'), ' ', m]); })));
    if (!f.projects.length) { node.appendChild(dom.empty('No projects were loaded.')); return; }
    node.appendChild(table([
      { title: 'Project', cell: function (p) { return el('div', null, [el('b', null, p.name), el('div', 'mono muted ellipsis', p.path)]); } },
      { title: 'Framework', cell: function (p) { return el('div', null, [p.targetFrameworks.join(', '), el('div', 'muted', p.language + ' · ' + p.style)]); } },
      { title: 'Mode', cell: function (p) { return badge(p.mode, p.mode === 'msBuild' ? 'info' : 'warning'); } },
      { title: 'Documents', num: true, cell: function (p) { return num(p.documents); } },
      { title: 'Errors', num: true, cell: function (p) { return num(p.errors); } },
      { title: 'Resolved', num: true, cell: function (p) { return el('div', null, [el('span', p.low ? 'badge error' : null, format.pct(p.resolvedRatio, 1)), el('div', 'bar', dom.bar(p.resolvedRatio))]); } },
      { title: 'What could not be loaded, and why', cell: function (p) {
        var lines = (p.causes || []).map(function (c) { return 'Why: ' + c; }).concat(p.warnings);
        if (p.topMissing.length) lines.unshift('Missing: ' + p.topMissing.join(', '));
        return lines.length ? el('ul', 'explain', lines.map(function (w) { return el('li', null, w); })) : el('span', 'muted', 'complete');
      } }
    ], f.projects, 50));
  }

  return { id: 'fidelity', title: 'Fidelity', count: f.projects.length, render: render };
})();
