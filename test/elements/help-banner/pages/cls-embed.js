/* global document, location, URLSearchParams */
// Writes the element (with its no-JS fallback, as the docs show) into the page while it is parsed:
// at the start of <body> for `?position=inline|top`, at the end for `?position=bottom`, as a webmaster
// would paste it. `?tag=hotline-card` writes a card (in the flow, at the start) instead of a banner.
(function () {
  var params = new URLSearchParams(location.search);
  var position = params.get('position') || 'inline';
  var place = document.currentScript.getAttribute('data-place');
  if ((position === 'bottom') !== (place === 'end')) return;
  if (params.get('tag') === 'hotline-card') {
    document.write(
      '<hotline-card preset="us-trafficking">' +
        '<a href="tel:+18883737888">National Human Trafficking Hotline: 1-888-373-7888</a>' +
        '</hotline-card>',
    );
    return;
  }
  document.write(
    '<help-banner position="' +
      position +
      '">' +
      '<p slot="fallback">In immediate danger? Call <a href="tel:911">911</a>.</p>' +
      '<p slot="fallback">Forced to work or sell sex? Call <a href="tel:+18883737888">1-888-373-7888</a>' +
      ' or text HELP to <a href="sms:233733?body=HELP">233733</a>, free, confidential, 24/7.</p>' +
      '</help-banner>',
  );
})();
