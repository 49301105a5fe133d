// Put by scripts/build-client.sh at the head of an area's loader (__wasm_split.js), whose
// fetchers it makes call fetchModule. A lazy page's part is its own module and the chunks it
// shares with other parts, often thirty or more small files: a phone on a slow network waits
// a round trip for each (six at a time over HTTP/1.1), and each is compressed from nothing.
// The build also writes each part with its chunks as one file, its pack (ADR 0010): a part
// none of whose files is loaded yet, as on a deep link or the area's first page, comes as its
// pack; a part that shares chunks already loaded takes the files it lacks one by one, since
// its pack would bring the shared ones again (in the back office, up to three times the
// bytes). The loader asks for all of one part's files in one go (its chunks, then the part),
// so the requests are collected until that code has run and then decided.

// By each page's name, the chunks in its part's pack (after the part's own module).
const packs = JSON.parse('{{PACKS}}');

let asked = null;

function fetchModule(url) {
  if (asked === null) {
    asked = new Map();
    queueMicrotask(fetchAsked);
  }
  const name = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  let request = asked.get(name);
  if (request === undefined) {
    request = { url };
    request.response = new Promise((resolve, reject) => {
      request.resolve = resolve;
      request.reject = reject;
    });
    asked.set(name, request);
  }
  return request.response;
}

function fetchAsked() {
  const requests = asked;
  asked = null;
  for (const name of requests.keys()) {
    const page = /^split_(\w+)\.wasm$/.exec(name)?.[1];
    const chunks = packs[page];
    if (chunks === undefined) continue;
    const modules = [name, ...chunks.map((chunk) => `chunk_${chunk}.wasm`)];
    if (!modules.every((module) => requests.has(module))) continue;
    const file = `pack_${page}.bin`;
    const unpacked = fetch(new URL(file, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return response.arrayBuffer();
    });
    const unpack = (bytes) => {
      const lengths = new DataView(bytes);
      let start = 4 * modules.length;
      return modules.map((_, i) => {
        const module = new Uint8Array(bytes, start, lengths.getUint32(4 * i, true));
        start += module.length;
        return module;
      });
    };
    const unpacking = unpacked.then(unpack);
    modules.forEach((module, i) => {
      const request = requests.get(module);
      if (request.taken) return;
      request.taken = true;
      unpacking.then(
        (modules) => request.resolve(new Response(modules[i], {
          headers: { "Content-Type": "application/wasm" },
        })),
        request.reject,
      );
    });
  }
  for (const request of requests.values()) {
    if (!request.taken) fetch(request.url).then(request.resolve, request.reject);
  }
}
