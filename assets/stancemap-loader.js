// Starts every <div data-stancemap> on the page. Load it as a module script
// from wherever the widget's files are served; it finds the rest beside itself.
// Pages that add or remove widgets later can import { mount, unmount } from it.
import init, { mount_all, unmount } from './stancemap.js';

const base = new URL('./', import.meta.url).href;
await init({ module_or_path: new URL('stancemap_bg.wasm', base) });
mount_all(base);

/** Starts any <div data-stancemap> added since. */
export const mount = () => mount_all(base);
export { unmount };
