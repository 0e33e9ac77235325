// Part of `npm run build`: the public CSS/JS are read at run time next to the compiled views.
import { cpSync } from 'node:fs';

cpSync('src/platform/views/assets', 'dist/platform/views/assets', { recursive: true });
// The demo's illustrations (JPEG and their resized copies), read by src/demo/demo-images.ts.
cpSync('src/demo/images', 'dist/demo/images', { recursive: true, filter: (source) => !source.endsWith('.svg') });
