/*
 * charts: every echarts instance of the page, so they can all be resized together (window resize, print), and tooltips
 * built as DOM nodes so that names from the scan are never parsed as HTML by the chart library.
 */
var charts = (function () {
  var instances = [];

  function create(container, option) {
    var instance = echarts.init(container, null, { renderer: 'canvas' });
    instance.setOption(option);
    instances.push(instance);
    return instance;
  }

  /** One line per string; the first line gets firstLineClass (e.g. 'mono' for an identifier). */
  function tooltip(lines, firstLineClass) {
    return dom.el('div', null, lines.map(function (line, i) { return dom.el('div', i === 0 && firstLineClass ? firstLineClass : null, line); }));
  }

  function resizeAll() { instances.forEach(function (c) { c.resize(); }); }

  return { create: create, tooltip: tooltip, resizeAll: resizeAll };
})();
