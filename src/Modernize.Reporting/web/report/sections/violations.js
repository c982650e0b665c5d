/* violationsSection: breaks of the rules in modernize.yml, each with the dependency that breaks it. */
var violationsSection = (function () {
  var el = dom.el, badge = dom.badge;
  var violations = state.data.violations;

  function render(node) {
    dom.add(node, sectionHead('Rule violations', 'Breaks of the architecture rules in modernize.yml, each naming the dependency that breaks it.'));
    if (!violations.length) { node.appendChild(dom.empty('No rule violations: either every rule holds or modernize.yml declares no rules.')); return; }
    node.appendChild(table([
      { title: 'Rule', cell: function (v) { return el('div', null, [el('b', 'mono', v.ruleId), el('div', 'muted', v.ruleText)]); } },
      { title: 'Severity', cell: function (v) { return badge(v.severity, v.severity.toLowerCase()); } },
      { title: 'Dependency', cell: function (v) { return el('div', 'ellipsis', [el('span', 'mono', v.from), el('span', 'arrow', '→'), el('span', 'mono', v.to), ' ', badge(v.kind)]); } },
      { title: 'Where', cell: function (v) { return v.location ? dom.loc(v.location) : el('span', 'muted', '—'); } },
      { title: 'Message', cell: function (v) { return v.message; } }
    ], violations));
  }

  return { id: 'rules', title: 'Rule violations', count: violations.length, render: render };
})();
