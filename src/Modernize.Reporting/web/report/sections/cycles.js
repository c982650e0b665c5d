/* cyclesSection: namespace and project cycles, largest first, with the cuts that break them. */
var cyclesSection = (function () {
  var el = dom.el;
  var data = state.data;

  function render(node) {
    dom.add(node, sectionHead('Cycles', 'Groups of namespaces or projects that depend on each other in a loop cannot be extracted one at a time. Each cycle lists the lightest dependencies whose removal breaks it.'));
    if (!data.cycles.length) { node.appendChild(dom.empty('No cycles: every namespace and project dependency points one way.')); return; }
    data.cycles.forEach(function (cycle, i) {
      var d = el('details', 'cycle');
      d.open = i < 3;
      d.appendChild(el('summary', null, [dom.badge(cycle.level, 'error'), el('b', null, cycle.members.length + ' ' + cycle.level + 's'), el('span', 'muted', 'weight ' + format.num(cycle.weight) + ' · ' + cycle.cuts.length + ' cut' + (cycle.cuts.length === 1 ? '' : 's') + ' break it')]));
      d.appendChild(el('div', 'locs', cycle.members.map(function (m) { return el('span', 'chip mono', m); })));
      d.appendChild(el('h4', null, 'Cut these to break it'));
      d.appendChild(cycle.cuts.length ? dependencyTable(cycle.cuts, 10) : el('p', 'muted', 'No cut was computed.'));
      node.appendChild(d);
    });
  }

  return { id: 'cycles', title: 'Cycles', count: data.cycles.length, render: render };
})();
