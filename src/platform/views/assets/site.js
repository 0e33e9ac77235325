// congtin pages: folds the menu on phones; on public pages counts the visit through the beacon,
// refreshes the counters, and shows an article's tools that need a script (print, copy the link,
// text size). Every sentence it says comes from the page's data-* attributes (the catalogue).
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

  // Says something to screen readers and shows it (role="status" announces changes).
  function tell(message) {
    var status = document.querySelector('[data-tools-status]');
    if (!status) return;
    status.textContent = '';
    // A fresh text node, even when the words repeat, so it is announced again.
    setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  // Copying needs the async clipboard (secure pages only); without it the link stays in its field.
  function enableCopy() {
    var button = document.querySelector('[data-copy-link]');
    var status = document.querySelector('[data-tools-status]');
    if (!button || !status || !navigator.clipboard) return;
    var field = document.querySelector('[data-link-field]');
    button.hidden = false;
    if (field) field.hidden = true;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(
        () => tell(status.getAttribute('data-copied')),
        () => {
          if (field) field.hidden = false;
          tell(status.getAttribute('data-copy-failed'));
        },
      );
    });
  }

  // The reader's text size for articles: one of a few steps, kept in localStorage for next time.
  var TEXT_SIZES = [90, 100, 115, 130, 150];
  var TEXT_SIZE_KEY = 'congtin.textSize';

  function readTextSize() {
    try {
      const saved = Number(localStorage.getItem(TEXT_SIZE_KEY));
      return TEXT_SIZES.indexOf(saved) >= 0 ? saved : 100;
    } catch {
      return 100; // storage refused (private mode, policy): the default size
    }
  }

  function enableTextSize() {
    var group = document.querySelector('[data-text-size]');
    var article = document.querySelector('[data-article-text]');
    if (!group || !article) return;
    var status = document.querySelector('[data-tools-status]');
    var apply = (size) => {
      article.setAttribute('data-text-scale', String(size));
    };
    apply(readTextSize());
    group.hidden = false;
    group.addEventListener('click', (event) => {
      var button = event.target.closest('[data-text-size-step]');
      if (!button) return;
      var step = Number(button.getAttribute('data-text-size-step'));
      var at = TEXT_SIZES.indexOf(readTextSize());
      var next = step === 0 ? 100 : TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + step))];
      try {
        localStorage.setItem(TEXT_SIZE_KEY, String(next));
      } catch {
        /* still changed for this page */
      }
      apply(next);
      if (status) tell(`${status.getAttribute('data-text-size-now')} ${next}%`);
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
    enableCopy();
    enableTextSize();
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
