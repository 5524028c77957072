(function () {
  'use strict';
  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var subjects = Array.prototype.slice.call(document.querySelectorAll('.subject'));
  var texts = subjects.map(function (s) { return s.textContent.toLowerCase(); });
  function apply() {
    var verdict = form.elements.verdict.value;
    var entity = form.elements.entity.value;
    var metric = form.elements.metric.value;
    var words = form.elements.search.value.trim().toLowerCase();
    var count = 0;
    subjects.forEach(function (s, i) {
      var fits = (!verdict || s.dataset.verdict === verdict) && (!entity || s.dataset.entity === entity)
        && (!metric || s.dataset.metric === metric) && (!words || texts[i].indexOf(words) >= 0);
      s.hidden = !fits;
      if (fits) { count++; }
    });
    shown.textContent = count + ' of ' + subjects.length + ' subjects on this page shown';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('beforeprint', function () {
    subjects.forEach(function (s) { if (!s.hidden) { s.open = true; } });
  });
  form.hidden = false;
  apply();
})();
