/*
 * cellColors: one colour per cell (a palette), grey for tissue, slate for hosts (composition roots), pale for unassigned
 * types; and a cell's name with its swatch, as every section labels cells.
 */
var cellColors = (function () {
  var PALETTE = ['#4e79a7', '#e39a4f', '#59a14f', '#b07aa1', '#5fa8a3', '#c9a227', '#d3645f', '#8c6d5a', '#7a8fd1', '#9bb054', '#cf7fa0', '#5b8db8'];
  var FIXED = { tissue: '#a0aab8', host: '#56627a', unassigned: '#d4d9e1' };

  state.cells.forEach(function (c, i) {
    c.color = FIXED[c.kind] || PALETTE[i % PALETTE.length];
    state.cellByName[c.name] = c;
  });

  function of(name) { return state.cellByName[name] ? state.cellByName[name].color : FIXED.unassigned; }
  function label(name) { return dom.el('span', null, [dom.swatch(of(name)), name]); }

  return { of: of, label: label };
})();
