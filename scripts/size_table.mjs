// Where a wasm's bytes go: reads `twiggy top --format csv` of a build with names kept and prints the largest
// crates and functions as Markdown tables. A function is counted to the first crate its name mentions that is
// not Rust's own library (core, alloc, std), so `core::ptr::drop_in_place<leptos::…>` counts to leptos: the
// crate whose types made the code exist. Data segments count as `(data)`, nameless items as `(other)`.
import { readFileSync } from 'node:fs';

const [csvPath, label, top = '25'] = process.argv.slice(2);
const rows = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1).map((line) => {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent (the name may hold commas, quoted).
  const m = line.match(/^"?(.*?)"?,(\d+),([\d.]+)/);
  return m ? { name: m[1].replaceAll('""', '"'), size: Number(m[2]) } : null;
}).filter(Boolean)
  // Names and debug sections are what this build keeps for the report; the shipped wasm has none of them.
  .filter((r) => !/^(custom section|"function names" subsection|"local names" subsection|"module name")/.test(r.name));

const own = new Set(['core', 'alloc', 'std']);
function crateOf(name) {
  if (/^(data\[\d+\]|data segment)/.test(name)) return '(data)';
  // The first segment of every path in the name (`a::b::c` gives `a`).
  const crates = [...name.matchAll(/(?:^|[^A-Za-z0-9_:])([A-Za-z_][A-Za-z0-9_]*)::/g)].map((m) => m[1]);
  if (crates.length === 0) return '(other)';
  return crates.find((c) => !own.has(c)) ?? crates[0];
}

const total = rows.reduce((s, r) => s + r.size, 0);
const byCrate = new Map();
for (const r of rows) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) ?? 0) + r.size);
const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
const kb = (n) => (n / 1024).toFixed(1);

console.log(`\n### ${label}: ${kb(total)} KiB of code and data, raw (before brotli)\n`);
console.log('| crate | KiB | share |\n|---|---:|---:|');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`| ${crate} | ${kb(size)} | ${pct(size)} |`);
}
console.log('\n| largest functions | KiB |\n|---|---:|');
for (const r of [...rows].sort((a, b) => b.size - a.size).slice(0, Number(top))) {
  const name = r.name.replace(/::h[0-9a-f]{16}$/, '');
  console.log(`| \`${name.length > 110 ? `${name.slice(0, 107)}…` : name}\` | ${kb(r.size)} |`);
}
