// Users, login and the first admin. Rows stay here; callers get SessionUser / UserView. Each job
// has its own file (the login check, the reads, the changes); this joins them into one service.
import { createLoginCheck } from './account-login.js';
import type { AccountsServiceDeps } from './accounts.types.js';
import { createUserCommands } from './user-commands.js';
import { createUserReads } from './user-reads.js';

export {
  DuplicateEmailError,
  PasswordPolicyError,
  type LoginResult,
  type UserView,
} from './accounts.types.js';

export function createAccountsService(deps: AccountsServiceDeps) {
  return {
    ...createLoginCheck(deps),
    ...createUserReads(deps),
    ...createUserCommands(deps),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
