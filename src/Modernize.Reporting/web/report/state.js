/*
 * state: the one object the report's modules share. The data embedded in #modernize-data (see ReportModel.cs), the cells
 * by name, the map's live objects, and the drawings that wait until every section is in the page (charts and the map
 * need their containers laid out).
 */
var state = (function () {
  var data = JSON.parse(document.getElementById('modernize-data').textContent);
  return {
    data: data,
    /** Cells, tissue, hosts and the unassigned bucket, in the data's order; cell-colors.js gives each its colour. */
    cells: data.cells.items,
    cellByName: {},
    /** The cells map: its cytoscape instance, container, details panel and which cells show their namespaces. */
    map: { cy: null, container: null, details: null, expanded: {} },
    /** Functions run in order once every section is rendered (page.js). */
    drawAfterLayout: []
  };
})();
