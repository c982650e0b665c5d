/* blockersSection: legacy technologies per project with effort points, the remedy and every incident (file:line). */
var blockersSection = (function () {
  var el = dom.el, num = format.num, stat = dom.stat;
  var blockers = state.data.blockers;

  function render(node) {
    var total = blockers.reduce(function (s, b) { return s + b.points; }, 0);
    dom.add(node, sectionHead('Legacy blockers', 'Technologies that stand between a project and modern .NET, with effort points (1 trivial, 3 complex, 5 redesign, 7 re-architecture, 13 unknown), the remedy and every place they are used.'));
    if (!blockers.length) { node.appendChild(dom.empty('No legacy blockers: nothing found that stops these projects from moving to modern .NET.')); return; }
    var projects = {};
    blockers.forEach(function (b) { projects[b.project] = (projects[b.project] || 0) + b.points; });
    node.appendChild(el('div', 'stat-row', [stat(num(total), 'blocker points'), stat(num(blockers.length), 'blockers'), stat(num(Object.keys(projects).length), 'projects affected')]));
    blockers.forEach(function (b) {
      var d = el('details', 'blocker');
      d.appendChild(el('summary', null, [dom.badge(b.points + ' pts', b.points >= 7 ? 'error' : b.points >= 3 ? 'warning' : null), el('b', null, b.title), el('span', 'mono muted', b.project), el('span', 'muted', num(b.incidentCount) + ' incident' + (b.incidentCount === 1 ? '' : 's'))]));
      d.appendChild(el('p', null, [el('b', null, 'Remedy: '), b.remedy]));
      d.appendChild(table([
        { title: 'Use', cell: function (i) { return el('span', 'mono ellipsis', i.detail); } },
        { title: 'Where', cell: function (i) { return i.location ? dom.loc(i.location) : el('span', 'muted', 'project-wide'); } }
      ], b.incidents, 10));
      if (b.incidentCount > b.incidents.length) d.appendChild(el('p', 'muted', b.incidents.length + ' of ' + num(b.incidentCount) + ' incidents listed.'));
      node.appendChild(d);
    });
  }

  return { id: 'blockers', title: 'Legacy blockers', count: blockers.length, render: render };
})();
