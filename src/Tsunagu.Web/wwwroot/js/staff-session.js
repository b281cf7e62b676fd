// Progressive enhancement only: warns five minutes before the 30-minute idle sign-out.
(function () {
  var meta = document.querySelector('meta[name="tsunagu-session-minutes"]');
  if (!meta) { return; }
  var minutes = parseInt(meta.getAttribute('content'), 10) || 30;
  window.setTimeout(function () {
    var note = document.createElement('div');
    note.className = 'notification notification-warning session-warning';
    note.setAttribute('role', 'alert');
    note.textContent = document.documentElement.lang === 'en'
      ? 'You will be signed out in 5 minutes because of inactivity. Save or move to another page to stay signed in.'
      : '操作がないため、あと5分でサインアウトします。続けるときは、保存するか別のページに移動してください。';
    var main = document.getElementById('main');
    if (main) { main.insertBefore(note, main.firstChild); }
  }, (minutes - 5) * 60 * 1000);
})();
