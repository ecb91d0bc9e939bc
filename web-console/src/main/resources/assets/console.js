// The console's one script: htmx requests carry the CSRF token, and a few progressive
// enhancements. Every page works without it.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  // htmx runs under the console's CSP: no eval, no inline styles, no inline scripts.
  if (window.htmx) {
    window.htmx.config.allowEval = false;
    window.htmx.config.includeIndicatorStyles = false;
    window.htmx.config.allowScriptTags = false;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
    // A form sent with Enter names its default button, as the browser would.
    var trigger = event.detail.triggeringEvent;
    var submitter = trigger && trigger.submitter;
    if (submitter && submitter.name && event.detail.parameters[submitter.name] === undefined) {
      event.detail.parameters[submitter.name] = submitter.value;
    }
  });
  // A refused form, an error or a page that is not the one asked for: its main content
  // replaces the page's, whatever part the request meant to swap, so nothing vanishes.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var main = document.getElementById('main');
    if (event.detail.xhr.status >= 400 && main) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      event.detail.target = main;
      event.detail.selectOverride = '#main';
      event.detail.swapOverride = 'outerHTML';
    }
  });
  // After a partial update, a problem summary takes the focus, as on a full page.
  document.addEventListener('htmx:afterSettle', function () {
    var summary = document.querySelector('.problem-summary');
    if (summary) {
      summary.focus();
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
