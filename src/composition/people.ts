// The organisation and the people: units, then the accounts (a demo unit reporter belongs to a
// unit), the first accounts, and the warning about demo accounts left enabled.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createAccounts, loadOrCreateKeyFile } from '../modules/accounts/index.js';
import { createUnits } from '../modules/units/index.js';
import { createTrustedProxies } from '../platform/http/client-ip.js';
import { demoAccounts } from '../demo/demo-accounts.js';
import { placeDemoAccounts, seedDemoUnits } from '../demo/demo-units.js';
import { appText } from '../app.vi.js';
import type { Basics, Content } from './content.js';

type Accounts = Awaited<ReturnType<typeof createAccounts>>;

/** Said at every start, not only the first: a demo account still enabled is a published password. */
async function warnAboutLiveDemoAccounts({ logger }: Basics, accounts: Accounts) {
  const demoEmails = new Set(demoAccounts.map((a) => a.email));
  const live = (await accounts.service.listUsers()).filter((u) => demoEmails.has(u.email) && !u.disabled);
  if (live.length > 0) logger.warn({ accounts: live.map((u) => u.email) }, appText.demoAccountsLive);
}

const demoEmails = new Set(demoAccounts.map((a) => a.email));

/** TWO_FACTOR_KEYS, or else the key kept in DATA_DIR (made once, said in the log: one node only). */
function twoFactorKeys({ config, logger }: Basics): Buffer[] {
  if (config.twoFactorKeys) return config.twoFactorKeys;
  const kept = loadOrCreateKeyFile(config.dataDir);
  if (kept.created) logger.warn({ file: kept.file }, appText.twoFactorKeyCreated);
  return [kept.key];
}

export async function buildPeople(basics: Basics, content: Content, siteUrl: string) {
  const { config, db, clock, random, logger } = basics;
  // A unit that leads or coordinates tasks cannot be deleted (the plans module answers why,
  // once it exists: see answerUnitUse).
  let unitInUse: (unitId: number) => Promise<string | undefined> = async () => undefined;
  // A unit's members are the accounts' users (asked only once the accounts below exist).
  const listStaff = () => accounts.service.listUsers();
  const units = createUnits({
    db,
    clock,
    isInUse: (unitId) => unitInUse(unitId),
    listStaff,
    // The English organisation page shows the tree: it is rendered again after a change.
    onChange: content.onContentChanged,
  });
  if (config.demoContent && (await seedDemoUnits(units))) logger.info('demo units created');
  const trustedProxies = createTrustedProxies(config.trustProxy);
  const accounts = await createAccounts({
    db,
    clock,
    random,
    siteUrl,
    sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs,
    trustedProxies,
    renderStaffPage: content.renderStaffPage,
    uploadTmpDir: path.join(config.dataDir, 'tmp'),
    // One argon2 verification is ~20 ms of one core: leave a core for the readers.
    passwordWork: { maxActive: Math.max(1, availableParallelism() - 1), maxQueued: 16 },
    listUnits: async () => (await units.listTree()).map((u) => ({ id: u.id, label: u.name, depth: u.depth })),
    twoFactorKeys: twoFactorKeys(basics),
    siteName: config.siteName,
    isExemptFromTwoFactor: (email) => demoEmails.has(email),
  });
  const initialUsers = [
    ...(config.firstAdmin ? [{ ...config.firstAdmin, name: appText.firstAdminName, roles: ['admin' as const] }] : []),
    ...(config.demoAccounts ? await placeDemoAccounts(demoAccounts, units) : []),
  ];
  const firstAccounts = await accounts.createInitialUsers(initialUsers);
  if (firstAccounts) logger.info({ accounts: initialUsers.map((u) => u.email) }, 'first accounts created');
  await warnAboutLiveDemoAccounts(basics, accounts);
  const answerUnitUse = (describe: (unitId: number) => Promise<string | undefined>) => {
    unitInUse = describe;
  };
  return { units, accounts, trustedProxies, firstAccounts: Boolean(firstAccounts), answerUnitUse };
}

export type People = Awaited<ReturnType<typeof buildPeople>>;
