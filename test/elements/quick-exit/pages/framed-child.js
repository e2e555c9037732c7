/* global document, location */
// The destination is absolute (a relative url is refused): the test server's neutral landing page.
document
  .querySelector('quick-exit')
  .setAttribute('url', location.origin + '/__quick-exit/landing?id=framed-top');
