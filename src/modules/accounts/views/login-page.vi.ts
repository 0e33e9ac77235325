// The login form's refusal heading (the rest of its words are in accounts.vi.ts).
export const loginPageText = {
  refused: (count: number) =>
    count === 1 ? 'Chưa đăng nhập được: có 1 điều cần xem lại' : `Chưa đăng nhập được: có ${count} điều cần xem lại`,
} as const;
