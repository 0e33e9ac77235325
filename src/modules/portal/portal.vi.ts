// The portal's words of its own: how the home page and the RSS feed describe the site.
export const portalText = {
  homeDescription: (siteName: string) =>
    `Cổng thông tin điện tử ${siteName}: tin hoạt động, xây dựng Đảng, học tập và làm theo Bác.`,
  feedDescription: (siteName: string) => `Tin mới nhất của ${siteName}`,
  /** /so-do-trang, the site map for people. */
  siteMap: {
    title: 'Sơ đồ trang',
    description: (siteName: string) => `Sơ đồ các mục của Cổng thông tin điện tử ${siteName}.`,
    intro: 'Tất cả các mục của cổng thông tin trên một trang, kèm những bài mới nhất của từng chuyên mục.',
    mainPages: 'Trang chính',
    searchHint: '(tìm bài viết theo từ khóa, gõ có dấu hoặc không dấu đều được)',
    articleCount: (n: string) => `(${n} bài viết)`,
    latestIn: (category: string) => `Bài mới nhất trong ${category}`,
    aboutPages: 'Giới thiệu, liên hệ và thống kê',
    feeds: 'Theo dõi tin và dành cho máy tìm kiếm',
    rssHint: '(nhận tin mới bằng phần mềm đọc RSS)',
    xmlSitemap: 'Sơ đồ trang dạng XML',
    xmlSitemapHint: '(dành cho máy tìm kiếm)',
    staff: 'Dành cho cán bộ',
    loginHint: '(cán bộ, biên tập viên và đơn vị đăng nhập để làm việc)',
    briefs: 'Điểm tin sáng',
    briefsHint: '(tin chọn lọc mỗi sáng, lưu theo ngày)',
    events: 'Sự kiện',
    eventsHint: '(hội thảo, hội thi, lớp bồi dưỡng, ngày kỷ niệm sắp tới)',
    documents: 'Văn bản',
    documentsHint: '(nghị quyết, kế hoạch, hướng dẫn… tra theo số, loại, năm)',
    english: 'English',
    englishHint: '(giới thiệu bằng tiếng Anh)',
    briefsFeed: 'Điểm tin sáng qua RSS',
    eventsCalendar: 'Lịch sự kiện (iCalendar)',
    eventsCalendarHint: '(thêm vào lịch trên điện thoại hoặc máy tính)',
  },
} as const;
