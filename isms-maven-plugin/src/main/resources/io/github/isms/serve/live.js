// isms:serve only: reloads the page when a rebuild replaced the site, and shows a failed build's diagnostics.
(function () {
  'use strict';
  var state = '/.isms-serve/state';
  var loadedSite = null;

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
      if (loadedSite === null) {
        loadedSite = now.site;
      } else if (now.site !== loadedSite) {
        location.reload();
        return;
      }
      overlay(now.errors);
      poll(now.build);
    }, function () {
      setTimeout(function () { poll(seen); }, 1000); // the server restarts or stopped: try again
    });
  }

  poll(-1);
})();
