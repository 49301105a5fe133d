// Starts the area's client, or says plainly why it cannot run here. Loaded as a file: the CSP
// allows no inline script. If the area's module cannot be loaded (the network dropped, or a
// new deploy replaced the files while this page was open), the page says so and "Yenidən cəhd
// edin" loads the page afresh, with the files of the deploy now running.
const show = (id) => {
  document.getElementById("q-loading")?.remove();
  document.getElementById("q-first-paint")?.remove();
  document.getElementById(id).hidden = false;
};
if (typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function") {
  import("./{{APP_JS}}")
    .then((client) => client.default())
    .catch((error) => {
      console.error("the client could not be loaded", error);
      document.getElementById("q-load-retry").addEventListener("click", () => location.reload());
      show("q-load-failed");
      document.getElementById("q-load-failed").focus();
    });
} else {
  show("q-unsupported");
}
