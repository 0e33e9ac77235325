// The words of the newsroom's panels on the staff home page (newsroom-home.tsx).
export const newsroomHomeText = {
  editor: {
    title: 'Bài chờ duyệt và lịch xuất bản',
    reviewHeading: (n: number) => `Chờ duyệt (${n})`,
    noReview: 'Không có bài nào chờ duyệt.',
    scheduledHeading: (n: number) => `Hẹn giờ xuất bản (${n})`,
    noScheduled: 'Không có bài nào hẹn giờ.',
    sentBy: (name: string, at: string) => `${name} · gửi lúc ${at}`,
    publishesAt: (at: string) => `Xuất bản lúc ${at}`,
    more: (n: number) => `Còn ${n} bài nữa.`,
    all: 'Mọi bài viết',
  },
  writer: {
    title: 'Bài của bạn',
    nothing: 'Bạn chưa có bản nháp nào.',
    draftsHeading: (n: number) => `Bản nháp (${n})`,
    returned: 'Bị trả lại',
    savedAt: (at: string) => `Lưu lúc ${at}`,
    waiting: (n: number) => `${n} bài của bạn đang chờ duyệt.`,
    write: 'Viết bài mới',
    all: 'Mọi bài của bạn',
  },
  unknownAuthor: 'Không rõ',
} as const;
