/* global document, location, URLSearchParams */
document.getElementById('to-club').href = new URLSearchParams(location.search).get('club');
