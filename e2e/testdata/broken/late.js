// Draws the chart of csp-ok.html 300 ms after load, with a style attribute
// set at run time as ECharts does (the policy allows inline styles).
window.addEventListener("load", function () {
  setTimeout(function () {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "300");
    svg.setAttribute("height", "150");
    svg.setAttribute("style", "position: absolute; left: 0; top: 0");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M10 140 L150 20 L290 90");
    path.setAttribute("stroke", "black");
    path.setAttribute("fill", "none");
    svg.appendChild(path);
    var box = document.getElementById("late");
    box.style.position = "relative";
    box.appendChild(svg);
  }, 300);
});
