// Live inbox: the server says over Server-Sent Events when this person's inbox changed,
// and htmx refreshes the elements listening for "inbox-changed" (the unread badge, the
// inbox list). A static file, because the Content-Security-Policy forbids inline script.
(function () {
  'use strict';
  var body = document.body;
  var url = body && body.getAttribute('data-inbox-stream');
  if (!url || !window.EventSource) {
    return;
  }
  var connectedBefore = false;
  var source = new EventSource(url);
  function refresh() {
    if (window.htmx) {
      window.htmx.trigger(body, 'inbox-changed');
    }
  }
  source.addEventListener('inbox-changed', refresh);
  source.addEventListener('connected', function () {
    // after a reconnect, catch up on what arrived while the stream was down
    if (connectedBefore) {
      refresh();
    }
    connectedBefore = true;
  });
  window.addEventListener('pagehide', function () {
    source.close();
  });
})();
