/* findingsSection: everything the architecture analysis flags, most severe first. */
var findingsSection = (function () {
  var findings = state.data.findings;

  function render(node) {
    dom.add(node, sectionHead('Findings', 'Everything the architecture analysis flags, most severe first.'));
    node.appendChild(findings.length ? findingTable(findings) : dom.empty('No findings for this scan.'));
  }

  return { id: 'findings', title: 'Findings', count: findings.length, render: render };
})();
