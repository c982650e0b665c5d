/* sectionHead(title, lead, extra): a section's heading row (with optional tools on the right) and its one-paragraph lead. */
var sectionHead = function (title, lead, extra) {
  var el = dom.el;
  return [el('div', 'panel-head', [el('h2', null, title), extra || null]), lead ? el('p', 'lead', lead) : null];
};
