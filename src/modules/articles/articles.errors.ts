// The articles module's error sentences (its part of the catalogue): the codes are the API's
// contract, the sentences what a reader or a writer is told.
import { codedMessages } from '../../platform/http/errors.js';

export const articleError = codedMessages({
  ARTICLE_NOT_FOUND: 'Không tìm thấy bài viết này. Có thể bài viết đã được gỡ hoặc đường dẫn bị sai.',
  CATEGORY_NOT_FOUND: 'Không tìm thấy chuyên mục này.',
  ARTICLE_EDIT_CONFLICT:
    'Bài viết đã được người khác lưu trong khi bạn đang sửa. Hãy tải lại bài viết, xem thay đổi rồi lưu lại.',
  ARTICLE_CLASSIFIED: 'Bài được đánh dấu Nội bộ hoặc Mật nên không bao giờ được xuất bản.',
  ARTICLE_WRONG_STATUS: 'Không thể làm thao tác này với bài viết ở trạng thái hiện tại.',
});
