// The wizard without a reload: on every change the step's form is saved (POST …/preview, same origin,
// with the form's CSRF field) and the side panel is replaced with the answer. "Weet ik niet" turns its
// field off while it is checked. On a narrow screen the step list starts folded. The page works the same
// without this script: every button posts the form.
(function () {
  'use strict';
  var form = document.getElementById('wizard-form');
  var panel = document.getElementById('wizard-panel');
  var steps = document.getElementById('wizard-steps');

  if (steps && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) steps.removeAttribute('open');
  if (!form) return;

  /** The controls of the field a "weet ik niet" box belongs to. */
  function controlsOf(box) {
    var name = box.getAttribute('data-unknown-for');
    var list = form.querySelectorAll('[name]');
    var out = [];
    for (var i = 0; i < list.length; i++) if (list[i].name === name) out.push(list[i]);
    return out;
  }

  function applyUnknown(box) {
    var controls = controlsOf(box);
    for (var i = 0; i < controls.length; i++) controls[i].disabled = box.checked;
  }

  var boxes = form.querySelectorAll('input[data-unknown-for]');
  for (var i = 0; i < boxes.length; i++) applyUnknown(boxes[i]);

  var url = form.getAttribute('data-preview');
  if (!panel || !url || !window.fetch || !window.URLSearchParams || !window.FormData) return;
  var timer = null;
  var sent = 0;

  function save() {
    var mine = ++sent;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    })
      .then(function (res) {
        return res.ok ? res.text() : null;
      })
      .then(function (html) {
        // Only the answer to the latest change is shown: an older one may arrive later.
        if (html !== null && mine === sent) panel.innerHTML = html;
      })
      .catch(function () {
        /* the buttons still save: nothing is lost */
      });
  }

  // A button posts the form itself: no save of the script may start after it.
  form.addEventListener('submit', function () {
    if (timer) clearTimeout(timer);
    timer = null;
  });

  form.addEventListener('change', function (e) {
    var target = e.target;
    if (target && target.hasAttribute && target.hasAttribute('data-unknown-for')) applyUnknown(target);
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 250);
  });
})();
