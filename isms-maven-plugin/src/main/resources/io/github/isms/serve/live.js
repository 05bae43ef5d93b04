// isms:serve only: reloads the page when a rebuild changed it, and shows a failed build's diagnostics.
(function () {
  'use strict';
  var state = '/.isms-serve/state';
  var loadedSite = null;
  // The version of the page shown (its file's SHA-256, also the file's ETag); none on the "no site yet" page.
  var script = document.querySelector('script[data-isms-page]');
  var shown = script ? script.getAttribute('data-isms-page') : null;

  // Whether the page's file is another one now: a rebuild replaced the site, but most pages stay as they were.
  function changed() {
    if (!shown) {
      return Promise.resolve(true);
    }
    return fetch(location.pathname, {method: 'HEAD', cache: 'no-store'}).then(function (response) {
      return !response.ok || response.headers.get('ETag') !== '"' + shown + '"';
    }, function () {
      return true;
    });
  }

  function overlay(errors) {
    var old = document.getElementById('isms-serve-overlay');
    if (old) {
      old.remove();
    }
    if (!errors.length) {
      return;
    }
    var box = document.createElement('div');
    box.id = 'isms-serve-overlay';
    box.setAttribute('role', 'alert');
    var title = document.createElement('h2');
    title.textContent = 'The build failed; this is the last good page';
    var list = document.createElement('pre');
    list.textContent = errors.join('\n');
    box.appendChild(title);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function poll(seen) {
    fetch(state + '?seen=' + seen, {cache: 'no-store'}).then(function (response) {
      return response.json();
    }).then(function (now) {
      if (loadedSite === null || now.site === loadedSite) {
        loadedSite = now.site;
        overlay(now.errors);
        poll(now.build);
        return;
      }
      changed().then(function (yes) {
        if (yes) {
          location.reload();
          return;
        }
        loadedSite = now.site;
        overlay(now.errors);
        poll(now.build);
      });
    }, function () {
      setTimeout(function () { poll(seen); }, 1000); // the server restarts or stopped: try again
    });
  }

  poll(-1);
})();
