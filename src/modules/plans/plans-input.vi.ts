// What the plan tracker says of a refused input, field by field: the same sentences for the pages'
// forms and the JSON API.
export const planInputText = {
  /** Shared by every input. */
  any: {
    date: 'Ngày theo dạng YYYY-MM-DD.',
    positiveId: 'Phải là một số nguyên dương.',
  },
  programme: {
    numberRequired: 'Hãy nhập số hiệu đề án, ví dụ 17-ĐA/TU.',
    numberTaken: 'Đã có đề án mang số hiệu này.',
    titleRequired: 'Hãy nhập tên đề án.',
    issuedOnInvalid: 'Ngày ban hành không hợp lệ.',
    startYearInvalid: 'Năm bắt đầu không hợp lệ.',
    endYearInvalid: 'Năm kết thúc phải từ năm bắt đầu trở đi.',
  },
  plan: {
    numberRequired: 'Hãy nhập số kế hoạch, ví dụ 132/KH-ĐUK.',
    numberRequiredShort: 'Hãy nhập số kế hoạch.',
    numberTaken: 'Đã có kế hoạch mang số này.',
    titleRequired: 'Hãy nhập trích yếu kế hoạch.',
    titleRequiredShort: 'Hãy nhập trích yếu.',
    issuedOnInvalid: 'Ngày ban hành không hợp lệ.',
    yearInvalid: 'Năm kế hoạch không hợp lệ.',
    programmeMissing: 'Không có đề án này.',
  },
  task: {
    titleRequired: 'Hãy nhập tên nhiệm vụ.',
    titleTooLong: 'Tên nhiệm vụ quá dài (tối đa 500 ký tự).',
    leadUnitRequired: 'Hãy chọn đơn vị chủ trì.',
    coordinatorMissing: 'Có đơn vị phối hợp không tồn tại.',
    leadAlsoCoordinator: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.',
    parentElsewhere: 'Nhiệm vụ cha phải thuộc cùng kế hoạch.',
    deadlineRequired: 'Hãy chọn thời hạn hoàn thành.',
    monthDayInvalid: 'Ngày trong tháng phải từ 1 đến 31.',
    monthInvalid: 'Tháng phải từ 1 đến 12.',
    dayInvalid: 'Ngày phải từ 1 đến 31.',
    spanInvalid: 'Khoảng thời gian lặp lại không hợp lệ.',
    targetInvalid: 'Chỉ tiêu là một số nguyên dương.',
    targetUnitTooLong: 'Đơn vị tính quá dài.',
  },
  /** The status engine's check of a recurrence (occurrences.ts). */
  recurrence: {
    badDate: 'Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-03-05).',
    fromAfterTo: 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.',
    tooLong: (years: number) => `Thời gian lặp lại dài tối đa ${years} năm.`,
    badDay: 'Ngày trong tháng phải từ 1 đến 31.',
    badMonth: 'Tháng phải từ 1 đến 12.',
    noOccurrence: 'Trong khoảng thời gian đã chọn không có kỳ thực hiện nào.',
  },
  completion: {
    reasonRequired: 'Hãy ghi lý do xác nhận hoàn thành.',
    reasonTooLong: 'Lý do quá dài (tối đa 1.000 ký tự).',
    noSuchOccurrence: 'Không có kỳ thực hiện này.',
  },
  report: {
    bodyRequired: 'Hãy ghi nội dung đã thực hiện.',
    bodyTooLong: 'Nội dung quá dài (tối đa 10.000 ký tự).',
    activityDateInvalid: 'Ngày thực hiện không hợp lệ.',
    activityDateInFuture: 'Ngày thực hiện không thể ở tương lai.',
    activityDateBeforePlan: (year: number) => `Ngày thực hiện nằm ngoài thời gian của nhiệm vụ (kế hoạch năm ${year}).`,
    activityDateOutside: 'Ngày thực hiện nằm ngoài thời gian của nhiệm vụ.',
    quantityInvalid: 'Số lượng là một số nguyên không âm.',
    articlesUnpublished: 'Chỉ dẫn được các bài đã xuất bản trên cổng thông tin.',
  },
} as const;
