// The roles of DESIGN.md ("Who uses it"); a user may hold several.
export const ROLES = ['admin', 'editor', 'contributor', 'unit_reporter', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  contributor: 'Cộng tác viên',
  unit_reporter: 'Đơn vị',
  leader: 'Lãnh đạo',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
