// The words of the notifications' panel on the staff home page (notifications-home.tsx).
export const notificationsHomeText = {
  title: 'Thông báo mới nhất',
  none: 'Chưa có thông báo nào.',
  unread: 'Chưa đọc',
  unreadCount: (n: number) => `${n} thông báo chưa đọc.`,
  createdOn: (date: string) => `Ngày ${date}`,
  all: 'Mọi thông báo',
} as const;
