/* dsmSection: the dependency structure matrix at namespace and project level, grouped by cell, cycles outlined. */
var dsmSection = (function () {
  var el = dom.el, titled = dom.titled;
  var data = state.data;

  function matrixTable(matrix, level) {
    if (!matrix.names.length) return dom.empty('No ' + level + ' dependencies to show.');
    var n = matrix.names.length;
    var grid = [];
    for (var i = 0; i < n; i++) grid.push({});
    var max = 1;
    matrix.entries.forEach(function (e) { grid[e[0]][e[1]] = e[2]; max = Math.max(max, e[2]); });
    var cyclic = {};
    matrix.cyclic.forEach(function (e) { cyclic[e[0] + ',' + e[1]] = true; });
    var t = el('table', 'dsm');
    t.setAttribute('data-level', level);
    var headRow = el('tr', null, el('th', 'row', ''));
    for (var c = 0; c < n; c++) { var th = el('th', 'col', String(c + 1)); th.style.borderBottomColor = cellColors.of(matrix.groups[c]); titled(th, matrix.names[c]); headRow.appendChild(th); }
    t.appendChild(el('thead', null, headRow));
    var body = el('tbody');
    for (var r = 0; r < n; r++) {
      var tr = el('tr', r > 0 && matrix.groups[r] !== matrix.groups[r - 1] ? 'group-start' : null);
      var rowHead = el('th', 'row', (r + 1) + '. ' + matrix.names[r]);
      rowHead.style.borderRightColor = cellColors.of(matrix.groups[r]);
      titled(rowHead, matrix.names[r] + (matrix.groups[r] ? ' (' + matrix.groups[r] + ')' : ''));
      tr.appendChild(rowHead);
      for (var k = 0; k < n; k++) {
        var td = el('td');
        var w = grid[r][k];
        if (r === k) td.className = 'diag';
        else if (w) {
          var alpha = 0.2 + 0.8 * Math.log(1 + w) / Math.log(1 + max);
          td.style.background = 'rgba(43,108,176,' + alpha.toFixed(2) + ')';
          td.style.color = alpha > 0.5 ? '#fff' : '#1d2430';
          td.textContent = w > 999 ? '1k+' : String(w);
          if (cyclic[r + ',' + k]) td.classList.add('cyclic');
          titled(td, matrix.names[r] + ' uses ' + matrix.names[k] + ': ' + w + ' references' + (cyclic[r + ',' + k] ? ' (in a cycle)' : ''));
        }
        if (k + 1 < n && matrix.groups[k] !== matrix.groups[k + 1]) td.classList.add('group-edge');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
    var wrap = el('div', null, [el('div', 'dsm-wrap', t)]);
    if (matrix.total > n) wrap.appendChild(el('p', 'muted', 'Showing the ' + n + ' most connected of ' + format.num(matrix.total) + ' ' + level + 's; export the ' + level + ' graph (modernize export --format graphml --level ' + level + ') for all of them.'));
    return wrap;
  }

  function render(node) {
    var holder = el('div');
    var tabs = el('div', 'tabs');
    var levels = [['namespace', 'Namespaces', data.namespaceDsm], ['project', 'Projects', data.projectDsm]];
    levels.forEach(function (l, i) {
      var b = dom.button(l[1], function () {
        Array.prototype.forEach.call(tabs.children, function (x) { x.classList.remove('active'); });
        b.classList.add('active');
        holder.textContent = '';
        holder.appendChild(matrixTable(l[2], l[0]));
      }, i === 0 ? 'active' : null);
      tabs.appendChild(b);
    });
    dom.add(node, sectionHead('Dependency structure matrix', 'Row uses column; the number is the reference count. Elements are grouped by cell (the coloured bars), so marks outside a group\'s block are cross-cell dependencies. Red outlines sit inside a cycle. Read it for layering: a clean design has its marks on one side of the diagonal.', tabs));
    holder.appendChild(matrixTable(data.namespaceDsm, 'namespace'));
    node.appendChild(holder);
  }

  return { id: 'dsm', title: 'Structure matrix', render: render };
})();
