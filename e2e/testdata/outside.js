// Loaded by broken/outside.html from outside its site folder: the page test
// must report the request.
window.outsideLoaded = true;
