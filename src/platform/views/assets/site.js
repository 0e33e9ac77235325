// congtin pages: folds the menu on phones; on public pages counts the visit through the beacon,
// refreshes the counters, enables print.
(() => {
  var fmt = new Intl.NumberFormat('vi-VN');

  function showCounters(data) {
    ['online', 'today', 'week', 'total'].forEach((key) => {
      var el = document.querySelector(`[data-counter="${key}"]`);
      if (el && typeof data[key] === 'number') el.textContent = fmt.format(data[key]);
    });
    var views = document.querySelector('[data-views]');
    if (views && typeof data.views === 'number') views.textContent = fmt.format(data.views);
  }

  function sendHit() {
    var body = JSON.stringify({ path: location.pathname + location.search, referrer: document.referrer || '' });
    fetch('/api/v1/hit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body,
      credentials: 'same-origin',
      keepalive: true,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((data) => {
        if (data) showCounters(data);
      })
      .catch(() => {
        /* the counters stay as rendered */
      });
  }

  // Folds a menu behind its button on narrow screens (the CSS decides when); the list stays in
  // the page, so without this script, or on a wide screen, the whole menu is simply shown.
  function foldMenus() {
    document.querySelectorAll('[data-nav-toggle]').forEach((button) => {
      var list = document.getElementById(button.getAttribute('aria-controls'));
      if (!list) return;
      button.hidden = false;
      list.classList.add('is-collapsible');
      button.addEventListener('click', () => {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        list.classList.toggle('is-open', open);
      });
    });
  }

  function start() {
    foldMenus();
    document.querySelectorAll('[data-action="print"]').forEach((button) => {
      button.hidden = false;
      button.addEventListener('click', () => {
        window.print();
      });
    });
    // A prerendered page is not a visit until the reader actually opens it.
    if (document.prerendering) {
      document.addEventListener('prerenderingchange', sendHit, { once: true });
    } else {
      sendHit();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
