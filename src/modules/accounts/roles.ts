// The roles of DESIGN.md ("Who uses it"); a user may hold several.
import { accountsText } from './accounts.vi.js';

export const ROLES = ['admin', 'editor', 'contributor', 'unit_reporter', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Readonly<Record<Role, string>> = accountsText.roles;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
