/**
 * The page's only script (allowed by its hash in the CSP): makes the ranking table sortable
 * by any column (headers become buttons; unmeasured `?` cells always sort last), and opens
 * every <details> before printing so the paper copy carries all the evidence. The page reads
 * fine without it. It reads only data-* attributes the renderer wrote; it builds no HTML.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('ranking-table');
  if (table && table.tHead && table.tBodies[0]) {
    var body = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      var type = th.getAttribute('data-sort');
      if (!type) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var first = th.getAttribute('data-first') || 'descending';
        var current = th.getAttribute('aria-sort');
        var next = current === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', next);
        var sign = next === 'ascending' ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows);
        var order = function (r) { return Number(r.getAttribute('data-order')); };
        var key = function (r) { var c = r.cells[col]; return c ? c.getAttribute('data-v') || '' : ''; };
        rows.sort(function (a, b) {
          var ka = key(a), kb = key(b);
          if (ka === '' || kb === '') return (ka === '' ? 1 : 0) - (kb === '' ? 1 : 0) || order(a) - order(b);
          var d = type === 'text' ? ka.localeCompare(kb) : Number(ka) - Number(kb);
          return sign * d || order(a) - order(b);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    table.classList.add('sortable');
  }
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();
`;
