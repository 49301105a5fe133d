// Put by scripts/build-client.sh at the head of an area's loader (__wasm_split.js), whose
// fetchers it makes call fetchModule. A lazy page's part is its own module and the chunks it
// shares with other parts, often thirty or more small files: a phone on a slow network waits
// a round trip for each (six at a time over HTTP/1.1), and each is compressed from nothing.
// The build also writes each part with its chunks as one file, its pack (ADR 0010), which one
// brotli stream makes smaller than its files apart. A part comes as its pack when that costs
// no more than the files it lacks, as served: always where none is loaded yet (a deep link,
// the area's first page), and often where some are (a pack brings them again, but a dozen
// small files cost more); else as the files it lacks, one by one (in the back office a pack
// can be three times those). The loader asks for all of one part's files in one go (its
// chunks, then the part), so the requests are collected until that code has run and then
// decided.

// By each page's name: what its pack weighs as served and what its part's own module weighs,
// in hundreds of bytes, and the chunks in its pack (after the part's own module).
const packs = JSON.parse('{{PACKS}}');
// What each chunk weighs as served, in hundreds of bytes, at its number's place.
const chunkWeights = JSON.parse('{{CHUNKS}}');

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
    if (packs[page] === undefined) continue;
    const [packWeight, partWeight, chunks] = packs[page];
    const modules = [name, ...chunks.map((chunk) => `chunk_${chunk}.wasm`)];
    const lacking = chunks.filter((chunk) => requests.has(`chunk_${chunk}.wasm`));
    const filesWeight = lacking.reduce((sum, chunk) => sum + chunkWeights[chunk], partWeight);
    if (packWeight > filesWeight) continue;
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
      // A chunk loaded before is in the pack too, and left there.
      const request = requests.get(module);
      if (request === undefined || request.taken) return;
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
