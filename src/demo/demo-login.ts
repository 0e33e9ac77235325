// The one line an operator reads on the console while a demo account is enabled: where to log in,
// with which account and password, and that a real install must not keep them. Printed as plain
// text beside the JSON log, which a person starting the demo for the first time does not read.
import { configText } from '../config.vi.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';

/** The line, or undefined when no demo account is enabled (a real install). */
export function demoLoginLine(users: Array<{ email: string; disabled: boolean }>, siteUrl: string): string | undefined {
  const enabled = new Set(users.filter((u) => !u.disabled).map((u) => u.email));
  // The admin first: from there every page can be seen.
  const account = demoAccounts.find((a) => enabled.has(a.email));
  return account ? configText.demoLogin(`${siteUrl}/dang-nhap`, account.email, DEMO_PASSWORD) : undefined;
}
