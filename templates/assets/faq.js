// A link to an FAQ question (…/#mag-ik-eten) opens it: a closed <details> shows only its question. Without
// JavaScript the link still lands on the question, and a click opens it.
(function () {
  'use strict';
  function openLinkedQuestion() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return; // a malformed link: nothing to open
    }
    var target = id && document.getElementById(id);
    var item = target && target.closest('details.faq-item');
    if (item && !item.open) {
      item.open = true;
      target.scrollIntoView();
    }
  }
  openLinkedQuestion();
  window.addEventListener('hashchange', openLinkedQuestion);
})();
