/*
 * seamDetails(seam, self, open): one seam as a collapsible block: the two sides (or "with <other>" inside a cell's details),
 * its weight and the type dependencies to cut.
 */
var seamDetails = function (seam, self, open) {
  var el = dom.el, num = format.num;
  var other = seam.from === self ? seam.to : seam.from;
  var d = el('details', 'seam');
  d.open = !!open;
  d.appendChild(el('summary', null, [
    self ? el('span', null, ['with ', cellColors.label(other)]) : el('span', null, [cellColors.label(seam.from), el('span', 'arrow', '↔'), cellColors.label(seam.to)]),
    dom.badge('weight ' + num(seam.weight)),
    el('span', 'muted', num(seam.dependencyCount) + ' type dependencies' + (seam.changeCoupling ? ' · change coupling ' + num(seam.changeCoupling, 2) : ''))
  ]));
  d.appendChild(dependencyTable(seam.dependencies, 10));
  if (seam.dependencyCount > seam.dependencies.length) {
    d.appendChild(el('p', 'muted', 'The ' + seam.dependencies.length + ' heaviest of ' + num(seam.dependencyCount) + ' are listed; export CSV for all of them.'));
  }
  return d;
};
