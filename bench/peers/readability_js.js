// Peer for extract_bench.py: Mozilla Readability.js on jsdom over every .html file of a
// directory, one thread. Prints {"pages", "bytes", "seconds"} as JSON (loop time only, after
// node and the modules have loaded).
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
const pages = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const quiet = new VirtualConsole();  // jsdom's CSS and script warnings are not results
let bytes = 0;
let chars = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const html of pages) {
  bytes += Buffer.byteLength(html, "utf8");
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  chars += article && article.textContent ? article.textContent.length : 0;
  dom.window.close();
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpu_seconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ pages: pages.length, bytes, seconds, cpu_seconds, chars }));
