/* dependencyTable(deps, pageSize): type-level dependencies (seams, cycle cuts, diffs) with weight, kinds and sample lines. */
var dependencyTable = (function () {
  var el = dom.el;

  function kindsText(kinds) { return Object.keys(kinds || {}).map(function (k) { return k + ' ×' + kinds[k]; }).join(', '); }

  return function dependencyTable(deps, pageSize) {
    return table([
      { title: 'Dependency', cell: function (d) { return el('div', 'ellipsis', [el('span', 'mono', d.from), el('span', 'arrow', '→'), el('span', 'mono', d.to)]); } },
      { title: 'Weight', num: true, cell: function (d) { return format.num(d.weight); } },
      { title: 'Where', cell: function (d) { return el('div', null, [el('div', 'muted', kindsText(d.kinds)), dom.locs(d.samples)]); } }
    ], deps, pageSize);
  };
})();
