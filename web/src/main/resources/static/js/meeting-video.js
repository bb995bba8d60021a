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
      var lang = (tracks[i].lang || tracks[i].language || '').toLowerCase();
      // the floor (the room's own sound) in the page's language; the languages by their
      // own names
      option.textContent = (lang === 'mul' && select.getAttribute('data-floor-text'))
        || tracks[i].name || tracks[i].label || tracks[i].lang || String(i + 1);
      option.selected = i === chosen;
      select.appendChild(option);
    }
    select.addEventListener('change', function () {
      onChange(parseInt(select.value, 10));
    });
  }

  // the captions choice: off, or one of the recording's caption languages
  function fillCaptions(select, tracks, onChange) {
    if (!select) {
      return;
    }
    select.innerHTML = '';
    var off = document.createElement('option');
    off.value = '-1';
    off.textContent = select.getAttribute('data-off-text') || 'Off';
    select.appendChild(off);
    for (var i = 0; i < tracks.length; i++) {
      var option = document.createElement('option');
      option.value = String(i);
      option.textContent = tracks[i].name || tracks[i].label || tracks[i].lang || String(i + 1);
      option.lang = tracks[i].lang || tracks[i].language || '';
      select.appendChild(option);
    }
    select.value = '-1';
    if (!select.ecsListening) {
      select.ecsListening = true;
      select.addEventListener('change', function () {
        onChange(parseInt(select.value, 10));
      });
    }
  }

  // a live stream on an outside media server wants the viewer's short-lived token (from
  // ECS, for this meeting's path) on every request; it is fetched again before it expires
  function withToken(video, start) {
    var url = video.getAttribute('data-token-url');
    if (!url) {
      start(null);
      return;
    }
    var holder = { token: null };
    function fetchToken(then) {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (t) {
          if (t && t.token) {
            holder.token = t.token;
            window.setTimeout(function () { fetchToken(null); }, Math.max(30, t.lifetimeSeconds / 2) * 1000);
          }
          if (then) { then(holder); }
        })
        .catch(function () { if (then) { then(holder); } });
    }
    fetchToken(start);
  }

  function tokened(url, holder) {
    if (!holder || !holder.token) {
      return url;
    }
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + 'token=' + encodeURIComponent(holder.token);
  }

  function play(video) {
    withToken(video, function (holder) { playWith(video, holder); });
  }

  function playWith(video, holder) {
    var src = video.getAttribute('data-src');
    var language = (video.getAttribute('data-language') || 'en').toLowerCase();
    var select = video.parentNode.querySelector('select.audio-language');
    var captions = video.parentNode.querySelector('select.caption-language');
    if (window.Hls && window.Hls.isSupported()) {
      var live = video.id === 'live-player';
      // a live stream keeps two segments behind its edge (about two seconds with the
      // embedded source) and waits for a source that is only starting
      var config = live
        ? { enableWorker: false, liveSyncDurationCount: 2, manifestLoadingMaxRetry: 10,
          manifestLoadingRetryDelay: 1000, levelLoadingMaxRetry: 10 }
        : { enableWorker: false };
      if (holder) {
        config.xhrSetup = function (xhr, url) {
          xhr.open('GET', tokened(url, holder), true);
        };
      }
      var hls = new window.Hls(config);
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
      // captions (WebVTT) stay off until chosen; hls.js shows the chosen track on the video
      hls.on(window.Hls.Events.SUBTITLE_TRACKS_UPDATED, function () {
        hls.subtitleTrack = -1;
        fillCaptions(captions, hls.subtitleTracks, function (i) {
          hls.subtitleTrack = i;
          hls.subtitleDisplay = i >= 0;
          video.setAttribute('data-caption-language', i >= 0 ? (hls.subtitleTracks[i].lang || '') : '');
        });
      });
      hls.on(window.Hls.Events.MANIFEST_PARSED, function () {
        video.setAttribute('data-manifest-loaded', 'true');
      });
      hls.loadSource(src);
      hls.attachMedia(video);
    }
    else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = tokened(src, holder);
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
        var text = [];
        for (var t = 0; t < video.textTracks.length; t++) {
          if (video.textTracks[t].kind === 'subtitles' || video.textTracks[t].kind === 'captions') {
            text.push(video.textTracks[t]);
          }
        }
        fillCaptions(captions, text, function (k) {
          for (var n = 0; n < text.length; n++) {
            text[n].mode = n === k ? 'showing' : 'disabled';
          }
          video.setAttribute('data-caption-language', k >= 0 ? (text[k].language || '') : '');
        });
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
      // the answer (why not, when refused) comes in the page's language
      var url = form.getAttribute('data-upload-url') + '?name=' + encodeURIComponent(f.name)
        + '&audio=' + encodeURIComponent(audio.value || '')
        + '&lang=' + encodeURIComponent(document.documentElement.getAttribute('lang') || '');
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
          // the server says why in the page's language; else the page's own sentence
          var message = form.getAttribute('data-failed-text');
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
