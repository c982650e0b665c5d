/*
 * cellMembers: the member types of a cell, two ways. byNamespace(unit, open): one namespace's types with where they are
 * declared and their size. byConfidence(index): every member with its membership confidence (0..1) and the strongest
 * evidence tying it to the cell, least certain first, members below LOW flagged. A type row is
 * [id, kind, file, line, lines, complexity, confidence, evidence]; confidence and evidence are null for a declared map.
 */
var cellMembers = (function () {
  var el = dom.el, num = format.num;
  var LOW = 0.5;

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

  /** The rows of a cell's members that carry a confidence, least certain first (then by type id). */
  function rated(index) {
    var rows = [];
    state.data.cells.units.forEach(function (u) {
      if (u.cell !== index) return;
      u.types.forEach(function (t) { if (t[6] !== null && t[6] !== undefined) rows.push(t); });
    });
    return rows.sort(function (a, b) { return a[6] - b[6] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
  }

  /** "mean confidence 0.78", or null when no member carries one. */
  function meanText(index) {
    var rows = rated(index);
    if (!rows.length) return null;
    return 'mean confidence ' + num(rows.reduce(function (s, t) { return s + t[6]; }, 0) / rows.length, 2);
  }

  function confidence(value) {
    var low = value < LOW;
    var node = el('span', 'confidence' + (low ? ' low' : ''), [dom.badge(num(value, 2), low ? 'warning' : null), low ? el('span', 'muted', ' low') : null]);
    return dom.titled(node, low ? 'Below ' + num(LOW, 1) + ': weakly tied to this cell, check where it belongs' : 'Share of its edge weight inside the cell × its stability across seeds and resolutions');
  }

  /** The table of members by confidence with a one-line summary, or null when the decomposition has no confidences. */
  function byConfidence(index) {
    var rows = rated(index);
    if (!rows.length) return null;
    var low = rows.filter(function (t) { return t[6] < LOW; }).length;
    var box = el('div', 'memberships');
    box.appendChild(el('p', 'muted', meanText(index) + '; ' + (low ? low + ' of ' + rows.length + ' member' + (rows.length === 1 ? '' : 's') + ' below ' + num(LOW, 1) + ', listed first: check where they belong.' : 'none below ' + num(LOW, 1) + '.')));
    box.appendChild(table([
      { title: 'Type', cell: function (t) { return el('span', 'mono ellipsis', t[0]); } },
      { title: 'Confidence', num: true, cell: function (t) { return confidence(t[6]); } },
      { title: 'Strongest evidence', cell: function (t) { return el('span', 'evidence', t[7] || '—'); } }
    ], rows, 15));
    return box;
  }

  return { byNamespace: byNamespace, byConfidence: byConfidence, meanText: meanText, LOW: LOW };
})();
