// The units module's words: the organisation tree's pages and form, the tree's rules, the API's
// description. The sheet import's words are in units-import.vi.ts.
export const unitsText = {
  section: {
    label: 'Đơn vị',
    hint: 'Cây tổ chức: đảng bộ, chi bộ trực thuộc, ngày thành lập; nhập từ tệp Excel.',
  },
  flashes: {
    created: 'Đã thêm đơn vị.',
    saved: 'Đã lưu đơn vị.',
    deleted: 'Đã xóa đơn vị.',
    imported: 'Đã nhập các đơn vị trong tệp; chúng hiện trong cây dưới đây.',
  },
  tree: {
    title: 'Đơn vị',
    add: 'Thêm đơn vị',
    import: 'Nhập từ tệp Excel',
    empty: 'Chưa có đơn vị nào. Hãy thêm đơn vị cấp cao nhất (Đảng ủy Khối) trước, rồi các đảng bộ, chi bộ trực thuộc.',
    summary: (count: number) => `${count} đơn vị, xếp theo cây tổ chức; ngày thành lập dùng để tính các ngày kỷ niệm.`,
    founded: (date: string) => `Thành lập ${date}`,
    noFoundingDate: 'Chưa có ngày thành lập',
    noMembers: 'Chưa có người dùng',
    members: (count: number) => `${count} người dùng`,
  },
  form: {
    newTitle: 'Thêm đơn vị',
    name: 'Tên đơn vị',
    shortName: 'Tên viết tắt',
    shortNameHint: 'Ví dụ “ĐU Khối”, “Chi bộ Sở Tư pháp”; không bắt buộc.',
    nameEn: 'Tên tiếng Anh',
    nameEnHint:
      'Hiện trên trang tiếng Anh /en/organisation, ví dụ “Party Cell of the Department of Justice”; để trống thì trang đó hiện tên tiếng Việt.',
    parent: 'Trực thuộc',
    topLevel: '(Đơn vị cấp cao nhất)',
    chooseParent: 'Chọn đơn vị cấp trên',
    foundedOn: 'Ngày thành lập',
    foundedOnHint: 'Viết dd/mm/yyyy, ví dụ 05/03/1948; dùng để tính ngày kỷ niệm thành lập.',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Email',
    position: 'Thứ tự trong cùng cấp',
    positionHint: 'Số nhỏ đứng trước; để trống để xếp cuối.',
    save: 'Lưu',
    cancel: 'Hủy',
  },
  deletion: {
    title: 'Xóa đơn vị',
    /** The error summary's heading when the delete was refused. */
    notDeleted: 'Chưa xóa được đơn vị',
    hasChildren: (count: number) => `Đơn vị còn ${count} đơn vị trực thuộc.`,
    hasMembers: (count: number) => `Đơn vị còn ${count} người dùng.`,
    onlyUnused: 'Chỉ xóa được đơn vị không còn đơn vị trực thuộc, người dùng hay nhiệm vụ.',
    onlyWithoutTasks: 'Chỉ xóa được khi đơn vị không còn là đơn vị chủ trì hay phối hợp của nhiệm vụ nào.',
    submit: 'Xóa đơn vị',
  },
  /** The form's field checks (units.schema.ts). */
  fieldErrors: {
    nameRequired: 'Hãy nhập tên đơn vị.',
    nameTooLong: (max: number) => `Tên đơn vị dài tối đa ${max} ký tự.`,
    shortNameTooLong: (max: number) => `Tên viết tắt dài tối đa ${max} ký tự.`,
    nameEnTooLong: (max: number) => `Tên tiếng Anh dài tối đa ${max} ký tự.`,
    parentUnknown: 'Hãy chọn đơn vị cấp trên trong danh sách.',
    foundedOnFormat: 'Ngày thành lập phải là một ngày có thật, viết dd/mm/yyyy, ví dụ 05/03/1948.',
    addressTooLong: 'Địa chỉ dài tối đa 300 ký tự.',
    phoneFormat: 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -, tối đa 30 ký tự.',
    emailInvalid: 'Email không hợp lệ.',
    emailTooLong: 'Email quá dài.',
    positionFormat: 'Thứ tự là một số từ 0 đến 9999, hoặc để trống để xếp cuối.',
  },
  /** The tree's rules (units.service.ts). */
  rules: {
    foundedInFuture: 'Ngày thành lập không thể ở sau hôm nay.',
    rootExists: (root: string) => `Đã có đơn vị cấp cao nhất (${root}): hãy chọn đơn vị cấp trên.`,
    parentMissing: 'Không có đơn vị cấp trên này; hãy chọn lại trong danh sách.',
    parentInside: 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị trực thuộc nó.',
    twinUnder: (name: string, parent: string) => `Đã có đơn vị “${name}” trực thuộc “${parent}”.`,
    twin: (name: string) => `Đã có đơn vị “${name}”.`,
    racedDuplicate:
      'Vừa có người lưu một đơn vị trùng tên ở cùng cấp (hoặc một đơn vị cấp cao nhất khác); hãy tải lại trang và kiểm tra.',
    gone: 'Đơn vị này không còn nữa.',
    heldElsewhere: (reason: string) => `${reason} nên không xóa được.`,
    hasChildren: (count: number) =>
      `Đơn vị còn ${count} đơn vị trực thuộc nên không xóa được; hãy chuyển hoặc xóa các đơn vị đó trước.`,
    hasMembers: (count: number) =>
      `Đơn vị còn ${count} người dùng nên không xóa được; hãy chuyển họ sang đơn vị khác trước.`,
    usedInPlans: 'Đơn vị đang được dùng trong kế hoạch (nhiệm vụ, báo cáo) nên không xóa được.',
  },
  audit: {
    movedTo: (path: string) => `chuyển đến ${path}`,
  },
  api: {
    listSummary: 'Cây tổ chức: các đơn vị (đảng bộ, chi bộ) theo thứ tự cây',
    all: 'Mọi đơn vị',
    unauthenticated: 'Chưa đăng nhập, hoặc mã API không hợp lệ',
    parentId: 'Đơn vị cấp trên; null là đơn vị cấp cao nhất (Đảng ủy Khối)',
    shortName: 'Tên viết tắt; chuỗi rỗng khi không có',
    nameEn: 'Tên tiếng Anh (trang /en/organisation); chuỗi rỗng khi không có',
    foundedOn: 'Ngày thành lập YYYY-MM-DD, hoặc null khi chưa có',
    depth: '0 là đơn vị cấp cao nhất',
    items: 'Theo thứ tự đọc cây: mỗi đơn vị rồi đến các đơn vị trực thuộc nó',
  },
} as const;
