import { serveDist } from './harness.mjs';
const s = await serveDist();
console.log(s.url);
setTimeout(() => s.close(), 60000);
