/* cellMembers.byNamespace(unit, open): one namespace's member types of a cell, with where they are declared and their size. */
var cellMembers = (function () {
  var el = dom.el, num = format.num;

  function byNamespace(unit, open) {
    var d = el('details', 'unit');
    d.open = !!open;
    d.appendChild(el('summary', null, [el('span', 'mono', unit.namespace), el('span', 'muted', unit.types.length + ' types · ' + num(unit.lines) + ' lines')]));
    d.appendChild(table([
      { title: 'Type', cell: function (t) { return el('div', 'ellipsis', [el('span', 'mono', t[0]), ' ', dom.badge(t[1])]); } },
      { title: 'Declared', cell: function (t) { return dom.loc(t[2] + ':' + t[3]); } },
      { title: 'Lines', num: true, cell: function (t) { return num(t[4]); } },
      { title: 'CC', num: true, cell: function (t) { return num(t[5]); } }
    ], unit.types, 50));
    return d;
  }

  return { byNamespace: byNamespace };
})();
