// The console's one script: htmx requests carry the CSRF token, and a few progressive
// enhancements. Every page works without it.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  // A form's problem summary takes the focus, so a screen reader reads it first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.problem-summary');
    if (summary) {
      summary.focus();
    }
  });
  // A file larger than its input allows is refused before it is sent (data-max-bytes,
  // data-too-large): the server's limit would otherwise refuse the whole form.
  document.addEventListener('change', function (event) {
    var input = event.target;
    var max = input.getAttribute && input.getAttribute('data-max-bytes');
    if (!max || !input.files) {
      return;
    }
    var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > Number(max); });
    input.setCustomValidity(tooLarge ? (input.getAttribute('data-too-large') || '') : '');
    if (tooLarge) {
      input.reportValidity();
    }
  });
  // A button that asks before it acts: data-confirm="the question".
  document.addEventListener('submit', function (event) {
    var question = event.submitter && event.submitter.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
