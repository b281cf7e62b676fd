// Card payment through the provider's token script (GMO-PG token.js): the card details become a one-time token in
// the browser and only the token is posted, so the card number never reaches the town's server. The card inputs
// have no name attribute, so even a failed script cannot post them.
(function () {
  var forms = document.querySelectorAll('form.card-token-form');
  if (forms.length === 0) { return; }
  if (!window.Multipayment || typeof window.Multipayment.getToken !== 'function') {
    document.querySelectorAll('.card-token-unavailable').forEach(function (note) { note.hidden = false; });
    return;
  }
  function digits(form, name) {
    var input = form.querySelector('[data-card="' + name + '"]');
    return input ? input.value.replace(/[^0-9]/g, '') : '';
  }
  forms.forEach(function (form) {
    form.hidden = false;
    var problem = form.querySelector('.card-token-problem');
    form.addEventListener('submit', function (event) {
      var token = form.querySelector('input.card-token');
      if (token.value) { return; }
      event.preventDefault();
      problem.hidden = true;
      // Printed on the card as MM/YY; the token script takes YYMM.
      var expire = digits(form, 'expire');
      window.Multipayment.init(form.getAttribute('data-shop-id'));
      window.Multipayment.getToken({
        cardno: digits(form, 'cardno'),
        expire: expire.length === 4 ? expire.slice(2) + expire.slice(0, 2) : expire,
        securitycode: digits(form, 'securitycode')
      }, function (response) {
        var value = response && response.tokenObject && response.tokenObject.token;
        if (Array.isArray(value)) { value = value[0]; }
        if (!response || String(response.resultCode) !== '000' || !value) {
          problem.textContent = form.getAttribute('data-problem');
          problem.hidden = false;
          return;
        }
        token.value = value;
        form.querySelectorAll('[data-card]').forEach(function (input) { input.value = ''; });
        form.submit();
      });
    });
  });
})();
