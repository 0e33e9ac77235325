// The one permission table: which roles may do what. Every staff route names one of these and
// is checked on the server; tests walk this table route by route.
import type { Role } from './roles.js';

export const permissions = {
  /** See the staff area at all. */
  'staff.enter': ['admin', 'editor', 'contributor', 'unit_reporter', 'leader'],
  'users.manage': ['admin'],
  'sessions.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'categories.manage': ['admin', 'editor'],
  /** Write articles: create, edit one's own drafts, submit them for review. */
  'articles.write': ['admin', 'editor', 'contributor'],
  /** Everything else of the workflow: edit anyone's, publish, schedule, reject, unpublish, delete, restore. */
  'articles.publish': ['admin', 'editor'],
  /** Upload images and use the media library (contributors remove only their own uploads). */
  'media.upload': ['admin', 'editor', 'contributor'],
  /** Remove anyone's upload. */
  'media.manage': ['admin', 'editor'],
  /** See and revoke every user's API tokens (each user manages their own with staff.enter). */
  'tokens.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return roles.some((role) => allowed.includes(role));
}
