// A meeting's video: recordings and the live stream play through hls.js (served from its
// webjar) where the browser has Media Source Extensions, else natively (Safari, iOS).
// The audio track follows the person's language (else the floor), and can be changed.
// The secretariat's upload sends the file itself as the request's body and shows its
// progress, then how far the transcoding has come (percent, time left).
(function () {
  'use strict';

  function csrf() {
    var name = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var headers = {};
    if (name && token) {
      headers[name.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function preferredIndex(tracks, language) {
    var floor = -1;
    for (var i = 0; i < tracks.length; i++) {
      var lang = (tracks[i].lang || tracks[i].language || '').toLowerCase();
      if (lang === language) {
        return i;
      }
      if (lang === 'mul' && floor < 0) {
        floor = i;
      }
    }
    return floor >= 0 ? floor : 0;
  }

  function fillChoice(select, tracks, chosen, onChange) {
    if (!select) {
      return;
    }
    select.innerHTML = '';
    for (var i = 0; i < tracks.length; i++) {
      var option = document.createElement('option');
      option.value = String(i);
      option.textContent = tracks[i].name || tracks[i].label || tracks[i].lang || String(i + 1);
      option.selected = i === chosen;
      select.appendChild(option);
    }
    select.addEventListener('change', function () {
      onChange(parseInt(select.value, 10));
    });
  }

  function play(video) {
    var src = video.getAttribute('data-src');
    var language = (video.getAttribute('data-language') || 'en').toLowerCase();
    var select = video.parentNode.querySelector('select.audio-language');
    if (window.Hls && window.Hls.isSupported()) {
      var live = video.id === 'live-player';
      // a live stream keeps two segments behind its edge (about two seconds with the
      // embedded source) and waits for a source that is only starting
      var hls = new window.Hls(live
        ? { enableWorker: false, liveSyncDurationCount: 2, manifestLoadingMaxRetry: 10,
          manifestLoadingRetryDelay: 1000, levelLoadingMaxRetry: 10 }
        : { enableWorker: false });
      // the page's tests and the live-latency bench read the player's state from here
      video.ecsHls = hls;
      hls.on(window.Hls.Events.ERROR, function (event, data) {
        if (data.fatal && data.type === window.Hls.ErrorTypes.NETWORK_ERROR) {
          // a live source that is only starting has no playlist yet: ask for it again
          var manifest = data.details === window.Hls.ErrorDetails.MANIFEST_LOAD_ERROR
            || data.details === window.Hls.ErrorDetails.MANIFEST_LOAD_TIMEOUT;
          window.setTimeout(function () {
            if (manifest) { hls.loadSource(src); } else { hls.startLoad(); }
          }, 2000);
        }
        else if (data.fatal && data.type === window.Hls.ErrorTypes.MEDIA_ERROR) {
          hls.recoverMediaError();
        }
      });
      // hls.js lists the alternate audio once it has parsed them, after the manifest
      hls.on(window.Hls.Events.AUDIO_TRACKS_UPDATED, function () {
        var chosen = preferredIndex(hls.audioTracks, language);
        if (hls.audioTracks.length > 0) {
          hls.audioTrack = chosen;
        }
        video.setAttribute('data-audio-language', (hls.audioTracks[chosen] || {}).lang || '');
        fillChoice(select, hls.audioTracks, chosen, function (i) {
          hls.audioTrack = i;
          video.setAttribute('data-audio-language', hls.audioTracks[i].lang || '');
        });
      });
      hls.on(window.Hls.Events.MANIFEST_PARSED, function () {
        video.setAttribute('data-manifest-loaded', 'true');
      });
      hls.loadSource(src);
      hls.attachMedia(video);
    }
    else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = src;
      video.addEventListener('loadedmetadata', function () {
        var tracks = video.audioTracks;
        if (tracks && tracks.length) {
          var list = [];
          for (var i = 0; i < tracks.length; i++) {
            list.push({ lang: tracks[i].language, name: tracks[i].label });
          }
          var chosen = preferredIndex(list, language);
          for (var j = 0; j < tracks.length; j++) {
            tracks[j].enabled = j === chosen;
          }
          fillChoice(select, list, chosen, function (k) {
            for (var n = 0; n < tracks.length; n++) {
              tracks[n].enabled = n === k;
            }
          });
        }
        video.setAttribute('data-manifest-loaded', 'true');
      });
    }
  }

  function follow(p) {
    var url = p.getAttribute('data-progress-url');
    var bar = p.querySelector('progress');
    var percent = p.querySelector('.percent');
    var left = p.querySelector('.left');
    function poll() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (r) {
          bar.value = r.percent;
          percent.textContent = r.percent + ' %';
          left.textContent = r.secondsLeft != null
            ? (p.getAttribute('data-left-text') || '{0}').replace('{0}', r.secondsLeft) : '';
          if (r.status === 'PUBLISHED' || r.status === 'FAILED') {
            window.location.reload();
          }
          else {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    poll();
  }

  function upload(form) {
    var file = form.querySelector('#recording-file');
    var audio = form.querySelector('#recording-audio');
    var bar = form.querySelector('#upload-progress');
    var status = form.querySelector('#upload-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!file.files.length) {
        return;
      }
      var f = file.files[0];
      var url = form.getAttribute('data-upload-url') + '?name=' + encodeURIComponent(f.name)
        + '&audio=' + encodeURIComponent(audio.value || '');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      var headers = csrf();
      Object.keys(headers).forEach(function (h) { xhr.setRequestHeader(h, headers[h]); });
      xhr.setRequestHeader('Content-Type', f.type || 'application/octet-stream');
      xhr.setRequestHeader('Accept', 'application/json');
      bar.hidden = false;
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          bar.value = Math.floor(100 * e.loaded / e.total);
          status.textContent = bar.value + ' %';
        }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status === 202) {
          window.location.reload();
        }
        else {
          var message = xhr.statusText;
          try { message = JSON.parse(xhr.responseText).message || message; } catch (e) { /* not JSON */ }
          status.textContent = message;
          status.className = 'flash error';
        }
      });
      xhr.addEventListener('error', function () {
        status.textContent = form.getAttribute('data-broken-text');
        status.className = 'flash error';
      });
      xhr.send(f);
    });
  }

  function start() {
    document.querySelectorAll('video.player[data-src]').forEach(play);
    document.querySelectorAll('.recording-progress[data-progress-url]').forEach(follow);
    var form = document.getElementById('recording-upload');
    if (form) {
      upload(form);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
