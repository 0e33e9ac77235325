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
  },
} as const;
