// congtin's version, from package.json (two folders up from src/ or dist/, wherever this runs).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function congtinVersion(): string {
  const file = path.resolve(import.meta.dirname, '../../../package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
