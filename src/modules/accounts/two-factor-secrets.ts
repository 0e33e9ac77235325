// The TOTP secrets are stored encrypted with AES-256-GCM, never in clear text. The keys come from
// TWO_FACTOR_KEYS (config.ts): the first encrypts, every one decrypts, so a rotation is "put the new
// key first, restart, re-encrypt (npm run two-factor -- re-encrypt), then drop the old one". Each
// stored value names its key by a short fingerprint, so a value is decrypted by the key that made it.
// Without TWO_FACTOR_KEYS one key is made once in DATA_DIR (mode 0600): enough for one node only.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 'v1';
export const KEY_FILE_NAME = 'two-factor.key';

export class SecretKeyMissingError extends Error {}

/** Eight hex characters of the key's SHA-256: which key encrypted a value, without revealing it. */
const fingerprint = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function createSecretBox(keys: readonly Buffer[]) {
  if (keys.length === 0 || keys.some((k) => k.length !== 32)) throw new Error('two-factor keys must be 32 bytes');
  const byFingerprint = new Map(keys.map((k) => [fingerprint(k), k]));
  const current = keys[0]!;
  const currentId = fingerprint(current);

  return {
    encrypt(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      // The fingerprint is authenticated too: a value cannot be moved to another key's name.
      cipher.setAAD(Buffer.from(currentId));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        currentId,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join(':');
    },

    /** Throws SecretKeyMissingError when no configured key made this value (a key dropped too soon). */
    decrypt(stored: string): string {
      const [version, keyId, iv, tag, body] = stored.split(':');
      const key = keyId ? byFingerprint.get(keyId) : undefined;
      if (version !== VERSION || !key || !iv || !tag || body === undefined)
        throw new SecretKeyMissingError(keyId ?? '');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(keyId!));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },

    /** True when the value was made with the first key (nothing to re-encrypt). */
    isCurrent(stored: string): boolean {
      return stored.split(':')[1] === currentId;
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;

/**
 * The key kept in DATA_DIR when TWO_FACTOR_KEYS is not set: read, or made once (32 random bytes,
 * base64, mode 0600). Returns whether it was made now, for the log line.
 */
export function loadOrCreateKeyFile(dataDir: string): { key: Buffer; created: boolean; file: string } {
  const file = path.join(dataDir, KEY_FILE_NAME);
  try {
    return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'), created: false, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // 'wx': two processes starting at once cannot both write a key; the second reads the first's.
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'), created: false, file };
  }
  return { key, created: true, file };
}
