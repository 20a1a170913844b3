// Starts every <div data-stancemap> on the page. Load it as a module script
// from wherever the widget's files are served; it finds the rest beside itself.
//
// The wasm is compiled once and instantiated once per widget, each with its
// own copy of the glue module, so a crash in one widget stops only that one.
// Pages that add or remove widgets later can import { mount, unmount }.
const base = new URL('./', import.meta.url).href;
const compiled = WebAssembly.compileStreaming(fetch(new URL('stancemap_bg.wasm', base)));
const running = new Map(); // host element → the instance serving it
const idle = []; // instances whose widget was unmounted, ready for another
let created = 0;
let mounted = 0;

async function instance() {
  if (idle.length > 0) return idle.pop();
  created += 1;
  // The first copy is the plain URL, which the page may have preloaded.
  const glue = await import(created === 1 ? './stancemap.js' : `./stancemap.js?instance=${created}`);
  await glue.default({ module_or_path: await compiled });
  return glue;
}

/** Starts every <div data-stancemap> not started yet. */
export async function mount() {
  for (const host of document.querySelectorAll('[data-stancemap]:not([data-stancemap-mounted])')) {
    host.setAttribute('data-stancemap-mounted', '');
    const glue = await instance();
    mounted += 1;
    glue.mount(host, base, mounted);
    running.set(host, glue);
  }
}

/** Stops the widget in `host` and frees it for reuse. */
export function unmount(host) {
  const glue = running.get(host);
  if (!glue) return;
  running.delete(host);
  host.removeAttribute('data-stancemap-mounted');
  try {
    glue.unmount(host);
    idle.push(glue);
  } catch {
    // That instance had crashed; let it go.
  }
}

/** The instance serving `host`, for host-page tests (e.g. its `simulate_panic`). */
export const instanceOf = (host) => running.get(host);

await mount();
