/* global window, navigation, performance, requestAnimationFrame, MessageChannel */
// Loaded first by both bench pages. Records, in the page's own clock: when the trigger happened (the
// click, or the keyup of the third Shift), when the exit navigation was requested (the Navigation
// API's `navigate` event, which is then cancelled so the page stays to be measured), and when the
// first frame after the trigger was painted (the task after that frame's rendering).
(function () {
  var marks = { trigger: 0, navigation: 0, painted: 0, shifts: 0 };
  window.__exitMarks = marks;
  function afterNextPaint(from) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () {
        if (!marks.painted && marks.trigger === from) marks.painted = performance.now();
      };
      channel.port2.postMessage(0);
    });
  }
  function start(time) {
    marks.trigger = time;
    afterNextPaint(time);
  }
  window.addEventListener(
    'click',
    function (event) {
      start(event.timeStamp);
    },
    true,
  );
  window.addEventListener(
    'keyup',
    function (event) {
      if (event.key !== 'Shift') return;
      marks.shifts += 1;
      if (marks.shifts === 3) start(event.timeStamp);
    },
    true,
  );
  navigation.addEventListener('navigate', function (event) {
    if (!marks.navigation) marks.navigation = event.timeStamp;
    if (event.cancelable) event.preventDefault();
  });
})();
