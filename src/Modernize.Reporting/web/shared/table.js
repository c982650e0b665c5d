/*
 * table(columns, rows, pageSize): a table that shows the first rows (25 unless told) and a button for the rest, so big
 * scans render fast. columns: {title, num, cell(row) -> node|string}.
 */
var table = (function () {
  var PAGE = 25;
  var el = dom.el;

  return function table(columns, rows, pageSize) {
    var limit = pageSize || PAGE;
    var wrap = el('div', 'table-wrap');
    var t = el('table');
    var head = el('tr', null, columns.map(function (c) { return el('th', c.num ? 'num' : null, c.title); }));
    t.appendChild(el('thead', null, head));
    var body = el('tbody');
    t.appendChild(body);
    wrap.appendChild(t);
    var shown = 0;
    function more(count) {
      rows.slice(shown, shown + count).forEach(function (row) {
        body.appendChild(el('tr', null, columns.map(function (c) { return el('td', c.num ? 'num' : null, c.cell(row)); })));
      });
      shown = Math.min(rows.length, shown + count);
    }
    more(limit);
    if (rows.length > shown) {
      var b = dom.button('Show all ' + format.num(rows.length) + ' rows', function () { more(rows.length); b.remove(); }, 'more');
      wrap.appendChild(b);
    }
    return wrap;
  };
})();
