// The words of the categories' pages (/quan-tri/chuyen-muc): the list and the form.
export const categoriesAdminText = {
  title: 'Chuyên mục',
  add: 'Thêm chuyên mục',
  caption: 'Chuyên mục theo thứ tự trên trình đơn',
  columns: {
    position: 'Thứ tự',
    name: 'Tên',
    url: 'Đường dẫn',
    articles: 'Số bài viết',
  },
  name: 'Tên chuyên mục',
  description: 'Mô tả ngắn',
  position: 'Thứ tự trên trình đơn',
  positionHint: 'Số nhỏ đứng trước.',
  save: 'Lưu',
  cancel: 'Hủy',
  delete: 'Xóa chuyên mục',
  notDeleted: 'Chưa xóa được chuyên mục',
  notDeletable: (articles: number) =>
    `Chuyên mục còn ${articles} bài viết nên không xóa được; hãy chuyển các bài sang chuyên mục khác trước.`,
} as const;
