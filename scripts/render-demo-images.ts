// Renders the demo's illustrations (src/demo/images/*.svg, drawn for congtin) to the JPEG the demo
// uploads and to its resized copies, made by the media module's own maker. Run after editing an
// SVG: `node --import tsx scripts/render-demo-images.ts`. The results are committed, so a fresh
// demo install (and every test app, which starts as one) spends no CPU on encoding.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { makeVariants } from '../src/modules/media/variant-maker.js';

const folder = path.resolve('src/demo/images');
const WIDTH = 1200;

for (const file of readdirSync(folder).filter((f) => /\.(jpg|webp|avif|png)$/.test(f))) rmSync(path.join(folder, file));
for (const svg of readdirSync(folder).filter((f) => f.endsWith('.svg'))) {
  const name = svg.slice(0, -'.svg'.length);
  const jpeg = await sharp(path.join(folder, svg))
    .resize({ width: WIDTH })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  const original = path.join(folder, `${name}.jpg`);
  writeFileSync(original, jpeg);
  const made = await makeVariants(original, (w, format) => path.join(folder, `${name}-${w}.${format}`));
  console.log(name, made.widths.join(' '), made.fallback);
}
