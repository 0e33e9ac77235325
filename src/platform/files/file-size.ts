// File sizes as Vietnamese readers write them: "38 KB", "1,5 MB".
import { formatNumber } from '../i18n/format.js';

export function formatMegabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : formatMegabytes(bytes);
}
