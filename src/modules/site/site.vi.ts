// The site module's words: Giới thiệu, Liên hệ and the settings form.
export const siteText = {
  about: {
    title: 'Giới thiệu',
    description: (siteName: string) => `Giới thiệu ${siteName}`,
  },
  contact: {
    title: 'Liên hệ',
    description: (siteName: string) => `Địa chỉ, điện thoại và email của ${siteName}`,
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email',
  },
  section: {
    label: 'Cài đặt',
    hint: 'Tên, địa chỉ liên hệ, trang Giới thiệu.',
  },
  saved: 'Đã lưu cài đặt; cổng thông tin đã cập nhật.',
  form: {
    title: 'Cài đặt',
    heading: 'Cài đặt cổng thông tin',
    name: 'Tên cổng thông tin',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email liên hệ',
    aboutHtml: 'Nội dung trang Giới thiệu (HTML)',
    aboutHtmlHint:
      'Cho phép đoạn văn, tiêu đề, chữ đậm/nghiêng, danh sách, trích dẫn, liên kết, bảng và ảnh; mọi mã khác bị loại bỏ khi lưu.',
    save: 'Lưu cài đặt',
    /** The English pages' fields (/en), grouped under one heading. */
    english: 'Trang tiếng Anh (/en)',
    englishHint:
      'Nghị định 42/2022/NĐ-CP: cổng thông tin có trang giới thiệu bằng tiếng Anh. Viết các mục dưới đây bằng tiếng Anh; mục để trống thì trang tiếng Anh ghi là đang được soạn.',
    nameEn: 'Tên cổng thông tin bằng tiếng Anh',
    nameEnHint: 'Hiện ở đầu các trang tiếng Anh; để trống thì dùng tên tiếng Việt.',
    introEn: 'Đoạn giới thiệu ngắn (trang /en)',
    aboutHtmlEn: 'Nội dung trang About (/en/about, HTML)',
    contactNoteEn: 'Ghi chú dưới thông tin liên hệ (/en/contact)',
    contactNoteEnHint: 'Ví dụ giờ tiếp khách; để một dòng trống giữa hai đoạn.',
  },
  /** The settings form's field checks (site.schema.ts). */
  fieldErrors: {
    name: {
      missing: 'Hãy nhập tên cổng thông tin.',
      tooLong: (max: number) => `Tên cổng thông tin quá dài (tối đa ${max} ký tự).`,
    },
    address: {
      missing: 'Hãy nhập địa chỉ.',
      tooLong: (max: number) => `Địa chỉ quá dài (tối đa ${max} ký tự).`,
    },
    phone: {
      missing: 'Hãy nhập số điện thoại.',
      tooLong: (max: number) => `Số điện thoại quá dài (tối đa ${max} ký tự).`,
      format: 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -',
    },
    email: {
      missing: 'Hãy nhập email.',
      tooLong: (max: number) => `Email quá dài (tối đa ${max} ký tự).`,
      invalid: 'Email không hợp lệ.',
    },
    aboutHtml: {
      missing: 'Hãy nhập nội dung giới thiệu.',
      tooLong: (max: number) => `Nội dung giới thiệu quá dài (tối đa ${max} ký tự).`,
    },
    nameEn: {
      missing: 'Hãy nhập tên tiếng Anh.',
      tooLong: (max: number) => `Tên tiếng Anh quá dài (tối đa ${max} ký tự).`,
    },
    introEn: {
      missing: 'Hãy nhập đoạn giới thiệu tiếng Anh.',
      tooLong: (max: number) => `Đoạn giới thiệu tiếng Anh quá dài (tối đa ${max} ký tự).`,
    },
    aboutHtmlEn: {
      missing: 'Hãy nhập nội dung trang About.',
      tooLong: (max: number) => `Nội dung trang About quá dài (tối đa ${max} ký tự).`,
    },
    contactNoteEn: {
      missing: 'Hãy nhập ghi chú liên hệ tiếng Anh.',
      tooLong: (max: number) => `Ghi chú liên hệ tiếng Anh quá dài (tối đa ${max} ký tự).`,
    },
  },
} as const;
