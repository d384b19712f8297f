// The reader pages' only script (deferred; every page works without it). It reveals
// and runs the article's "copy link" button, with its spoken confirmation, and the device's
// share sheet where the browser has one. Words come from the markup (data-* attributes).
// Embeds (lib/content/embed-html.ts) load their player only when the reader asks.
(function () {
  'use strict';
  // Each embed's player address: a fixed template per provider (hosts: the CSP's frame-src).
  var ID = {
    youtube: /^[\w-]{11}$/,
    vimeo: /^\d{1,12}$/,
    x: /^\d{1,20}$/,
    instagram: /^[\w-]{5,40}$/,
    tiktok: /^\d{1,25}$/,
    facebook:
      /^([\w.-]{1,80}\/(posts\/[A-Za-z\d]{1,80}|videos\/\d{1,25})|reel\/\d{1,25}|watch\/\?v=\d{1,25}|permalink\.php\?story_fbid=[A-Za-z\d]{1,80}&id=\d{1,25})$/,
  };

  function embedPlayerUrl(d) {
    var p = d.embed;
    var id = d.embedId;
    var kind = d.embedKind;
    if (!Object.prototype.hasOwnProperty.call(ID, p) || typeof id !== 'string') return null;
    if (!ID[p].test(id)) return null;
    if (p === 'youtube') {
      var t = /^\d{1,6}$/.test(d.embedStart) ? '&start=' + d.embedStart : '';
      return 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1' + t;
    }
    if (p === 'vimeo') {
      var h = /^[\da-f]{6,20}$/.test(d.embedHash) ? '&h=' + d.embedHash : '';
      return 'https://player.vimeo.com/video/' + id + '?autoplay=1&dnt=1' + h;
    }
    if (p === 'x') return 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=' + id;
    if (p === 'instagram') {
      kind = kind === 'reel' || kind === 'tv' ? kind : 'p';
      return 'https://www.instagram.com/' + kind + '/' + id + '/embed/';
    }
    if (p === 'tiktok') return 'https://www.tiktok.com/player/v1/' + id + '?autoplay=1';
    if (kind !== 'post' && kind !== 'video') return null;
    var href = encodeURIComponent('https://www.facebook.com/' + id);
    return 'https://www.facebook.com/plugins/' + kind + '.php?href=' + href;
  }

  // Unit tests (lib/content/embeds.test.ts) load this file for the builder alone.
  if (typeof document === 'undefined') {
    if (typeof module === 'object') module.exports = { embedPlayerUrl: embedPlayerUrl };
    return;
  }

  document.querySelectorAll('figure[data-embed]').forEach(function (figure) {
    var frame = figure.querySelector('.embed__frame');
    var load = figure.querySelector('.embed__load');
    var title = figure.querySelector('.embed__title');
    var src = embedPlayerUrl(figure.dataset);
    if (!frame || !load || !src) return;
    load.hidden = false;
    load.addEventListener('click', function () {
      // The player takes the facade's box, whose size the stylesheet reserves.
      var player = document.createElement('iframe');
      player.className = 'embed__player';
      player.src = src;
      player.title = title ? title.textContent : '';
      player.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
      player.allowFullscreen = true;
      player.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.replaceChildren(player);
      player.focus();
    });
  });

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
