// Starts the area's client, or says plainly why it cannot run here. The build writes it into
// the page, as it does the style sheet (the CSP allows both by their hashes), so that the page
// alone makes its first paint. The area's module and what the page reads (the page lists them
// in its <template id="q-preloads">, the server adding a page's parts and data) are fetched
// after that paint, not beside it: on a slow network they would share the line with the page.
// If the module cannot be loaded (the network dropped, or a new deploy replaced the files while
// this page was open), the page says so and "Yenidən cəhd edin" loads the page afresh, with the
// files of the deploy now running.
const show = (id) => {
  document.getElementById("q-loading")?.remove();
  document.getElementById("q-first-paint")?.remove();
  document.getElementById(id).hidden = false;
};
const start = () => {
  document.head.append(document.getElementById("q-preloads").content);
  import("/pkg/{{APP_JS}}")
    .then((client) => client.default())
    .catch((error) => {
      console.error("the client could not be loaded", error);
      document.getElementById("q-load-retry").addEventListener("click", () => location.reload());
      show("q-load-failed");
      document.getElementById("q-load-failed").focus();
    });
};
// Once the browser reports the first paint; where it cannot (no paint timing), once a frame has
// been drawn; a hidden tab paints nothing and starts at once. The frame's timer also stands in
// for a report that never comes.
const afterFirstPaint = (then) => {
  if (document.visibilityState !== "visible") return then();
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      then();
    }
  };
  const reported = PerformanceObserver.supportedEntryTypes?.includes("paint");
  if (reported) new PerformanceObserver(once).observe({ type: "paint", buffered: true });
  requestAnimationFrame(() => setTimeout(once, reported ? 500 : 0));
};
if (typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function") {
  afterFirstPaint(start);
} else {
  show("q-unsupported");
}
