// Starts the client, or says plainly why it cannot run here. Loaded as a file: the CSP allows
// no inline script.
if (typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function") {
  import("./{{APP_JS}}").then((client) => client.default());
} else {
  document.getElementById("q-loading")?.remove();
  document.getElementById("q-unsupported").hidden = false;
}
