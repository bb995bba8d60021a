// Upload progress for forms marked data-upload-progress: the form is sent with
// XMLHttpRequest so that the page can show how much of the files has gone, then the
// page the server answers with (the document after a redirect, or the form with its
// errors) takes the place of the form's page. Without JavaScript the form posts as usual.
(function () {
  'use strict';
  if (!window.XMLHttpRequest || !window.FormData || !window.DOMParser) {
    return;
  }
  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + ' MB';
  }
  function hasFiles(form) {
    return Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
      return input.files && input.files.length > 0;
    });
  }
  function show(html, url) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var main = page.querySelector('main');
    if (!main) {
      document.open();
      document.write(html);
      document.close();
      return;
    }
    // the flash messages (outside main) and the page's content
    var flashes = page.querySelector('.flashes');
    if (flashes && document.querySelector('.flashes')) {
      document.querySelector('.flashes').replaceWith(document.importNode(flashes, true));
    }
    document.querySelector('main').replaceWith(document.importNode(main, true));
    document.title = page.title;
    if (url && url !== window.location.href) {
      window.history.pushState(null, '', url);
    }
    window.scrollTo(0, 0);
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload-progress') || !hasFiles(form)) {
      return;
    }
    event.preventDefault();
    var status = form.querySelector('.upload-progress');
    var bar = status && status.querySelector('progress');
    var text = status && status.querySelector('.upload-progress-text');
    var buttons = form.querySelectorAll('button[type=submit]');
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    if (status) {
      status.hidden = false;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable || !bar) {
        return;
      }
      bar.max = e.total;
      bar.value = e.loaded;
      text.textContent = megabytes(e.loaded) + ' / ' + megabytes(e.total) + ' (' + Math.floor(100 * e.loaded / e.total) + '%)';
    });
    xhr.upload.addEventListener('load', function () {
      if (text) {
        text.textContent = text.getAttribute('data-sent') || 'Sent; waiting for the server…';
      }
    });
    xhr.addEventListener('load', function () {
      show(xhr.responseText, xhr.responseURL);
    });
    xhr.addEventListener('error', function () {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
      if (text) {
        text.textContent = text.getAttribute('data-failed') || 'The upload failed; try again.';
      }
    });
    xhr.send(new FormData(form));
  });
})();
