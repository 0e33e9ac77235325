// The portal's words of its own: how the home page and the RSS feed describe the site.
export const portalText = {
  homeDescription: (siteName: string) =>
    `Cổng thông tin điện tử ${siteName}: tin hoạt động, xây dựng Đảng, học tập và làm theo Bác.`,
  feedDescription: (siteName: string) => `Tin mới nhất của ${siteName}`,
} as const;
