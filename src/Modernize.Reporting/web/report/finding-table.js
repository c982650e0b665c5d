/* findingTable(findings): findings with severity, message, rule, symbols and locations (the Findings and Changes sections). */
var findingTable = function (findings) {
  var el = dom.el;
  return table([
    { title: 'Severity', cell: function (f) { return dom.badge(f.severity, f.severity.toLowerCase()); } },
    { title: 'Finding', cell: function (f) { return el('div', null, [el('div', null, f.message), el('div', 'muted mono ellipsis', f.ruleId + ' · ' + f.symbols.join(', ')), f.locations.length ? dom.locs(f.locations) : null]); } }
  ], findings, 15);
};
