// The reader pages' only script (deferred; every page works without it). It reveals
// and runs the article's "copy link" button, with its spoken confirmation, and the device's
// share sheet where the browser has one. Words come from the markup (data-* attributes).
(function () {
  'use strict';
  var copy = document.querySelector('[data-copy-link]');
  if (copy) {
    var button = copy.querySelector('button');
    var status = copy.querySelector('[role="status"]');
    var timer;
    copy.hidden = false;
    button.addEventListener('click', function () {
      clearTimeout(timer);
      var clipboard = navigator.clipboard;
      var copying = clipboard
        ? clipboard.writeText(copy.getAttribute('data-copy-link'))
        : Promise.reject(new Error('no clipboard'));
      copying.then(
        function () {
          status.textContent = copy.getAttribute('data-copied');
        },
        function () {
          status.textContent = copy.getAttribute('data-copy-failed');
        },
      );
      timer = setTimeout(function () {
        status.textContent = '';
      }, 4000);
    });
  }
  var share = document.querySelector('[data-native-share]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.querySelector('button').addEventListener('click', function () {
      // Closing the sheet rejects the promise: not an error worth showing.
      navigator
        .share({
          title: share.getAttribute('data-title'),
          url: share.getAttribute('data-native-share'),
        })
        .catch(function () {});
    });
  }
})();
