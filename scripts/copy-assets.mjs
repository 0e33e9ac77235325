// Part of `npm run build`: the public CSS/JS are read at run time next to the compiled views.
import { cpSync } from 'node:fs';

cpSync('src/platform/views/assets', 'dist/platform/views/assets', { recursive: true });
