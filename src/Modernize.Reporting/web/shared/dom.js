/*
 * dom: builds page nodes. Every string becomes a text node (or textContent, or a title attribute): nothing in the report
 * or the portfolio parses HTML, so names from scanned code cannot become markup.
 */
var dom = (function () {
  function add(node, children) {
    if (children === null || children === undefined || children === false) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function el(tag, cls, children) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    add(node, children);
    return node;
  }

  function titled(node, title) { node.title = String(title); return node; }
  function button(label, onClick, cls) { var b = el('button', cls, label); b.type = 'button'; b.addEventListener('click', onClick); return b; }
  function empty(message) { return el('p', 'empty', message); }
  function badge(label, cls) { return el('span', 'badge' + (cls ? ' ' + cls : ''), label); }
  function loc(text) { return el('span', 'loc', text); }
  function locs(list) { return list && list.length ? el('div', 'locs', list.map(loc)) : el('span', 'muted', 'no sample'); }
  function swatch(color) { var s = el('span', 'swatch'); s.style.background = color; return s; }
  function bar(ratio) { var span = el('span'); span.style.width = Math.max(0, Math.min(1, ratio)) * 100 + '%'; return span; }
  function stat(value, label) { return el('div', 'stat', [el('b', null, value), el('span', null, label)]); }

  return { add: add, el: el, titled: titled, button: button, empty: empty, badge: badge, loc: loc, locs: locs, swatch: swatch, bar: bar, stat: stat };
})();
