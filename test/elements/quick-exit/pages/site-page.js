/* global document, location, URLSearchParams */
// One page of a small club site, numbered by `?n=`; its link goes to the next page.
(function () {
  var n = Number(new URLSearchParams(location.search).get('n')) || 1;
  document.getElementById('page').textContent = String(n);
  document.getElementById('next').href = './site.html?n=' + (n + 1);
})();
