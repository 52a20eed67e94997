// A mark's label hangs to the right of where the mark starts; near the end of a line it would
// stick out of the text (and widen the page on a phone), so there it hangs to the left instead.
(function () {
  function fit() {
    const labels = [...document.querySelectorAll(".text .m-label")];
    labels.forEach(l => { l.style.left = ""; l.style.right = ""; });
    const moves = labels.filter(l => {
      const edge = l.closest(".text").getBoundingClientRect().right;
      return l.getBoundingClientRect().right > edge;
    });
    moves.forEach(l => { l.style.left = "auto"; l.style.right = "0"; });
  }
  let queued = false;
  function later() {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; fit(); }); }
  }
  addEventListener("DOMContentLoaded", fit);
  addEventListener("load", fit);
  addEventListener("resize", later);
  addEventListener("beforeprint", fit);
  if (document.fonts) document.fonts.ready.then(fit);
})();
