// Data file: the demo's party history book. Invented but plausible for the demo's Bloc Party
// Committee (founded 18/11/2008 in the demo's units): two chapters, their sections with text that
// cites sources by "[^n]" (n: the source's place in `sources`, replaced by its id when seeded), and
// sources with their provenance. No real person is named.

export type DemoSourceKind = 'archive' | 'interview' | 'newspaper' | 'book';

export interface DemoHistorySection {
  title: string;
  /** HTML; "[^n]" cites the n-th source of this section (1-based). */
  bodyHtml: string;
  sources: Array<{
    kind: DemoSourceKind;
    title: string;
    keptAt: string;
    reference: string;
    dated: string;
    givenBy: string;
  }>;
  /** Where the demo leaves it: approved (chapter I), under review with a remark, or a draft. */
  status: 'approved' | 'review' | 'draft';
  /** Written by the appointed writer (the demo contributor) rather than the editor. */
  byWriter?: boolean;
  remark?: string;
  children?: DemoHistorySection[];
}

export const demoHistoryBook = {
  title: 'Lịch sử Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai (giai đoạn 2008–2025)',
  period: '2008–2025',
  summary:
    'Sách do Ban Thường vụ Đảng ủy Khối chỉ đạo biên soạn theo kế hoạch tuyên truyền kỷ niệm, ghi lại quá trình ra đời và trưởng thành của Đảng bộ Khối.',
};

export const demoHistoryChapters: DemoHistorySection[] = [
  {
    title: 'Chương I. Sự ra đời của Đảng bộ Khối (2008–2010)',
    status: 'approved',
    bodyHtml:
      '<p>Chương này trình bày bối cảnh và quá trình thành lập Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh, từ khi có chủ trương hợp nhất đến Đại hội lần thứ nhất.</p>',
    sources: [],
    children: [
      {
        title: '1. Chủ trương thành lập Đảng bộ Khối',
        status: 'approved',
        bodyHtml:
          '<p>Thực hiện chủ trương của Tỉnh ủy về sắp xếp lại tổ chức cơ sở đảng khối cơ quan và doanh nghiệp, ngày 18 tháng 11 năm 2008, Ban Thường vụ Tỉnh ủy ban hành quyết định thành lập Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh trên cơ sở hợp nhất hai Đảng bộ khối[^1].</p>' +
          '<p>Khi mới thành lập, Đảng bộ Khối có 112 tổ chức cơ sở đảng với hơn 4.000 đảng viên, phần lớn là cán bộ, công chức của các sở, ban, ngành tỉnh[^2].</p>',
        sources: [
          {
            kind: 'archive',
            title: 'Quyết định của Ban Thường vụ Tỉnh ủy về việc thành lập Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh',
            keptAt: 'Kho lưu trữ Văn phòng Tỉnh ủy',
            reference: 'Phông Tỉnh ủy, mục lục 03, hồ sơ 245, tờ 12–15',
            dated: '18/11/2008',
            givenBy: 'Văn phòng Tỉnh ủy',
          },
          {
            kind: 'archive',
            title: 'Báo cáo số lượng tổ chức cơ sở đảng và đảng viên khi hợp nhất',
            keptAt: 'Văn phòng Đảng ủy Khối',
            reference: 'Hồ sơ tổ chức năm 2008, tập 2',
            dated: '12/2008',
            givenBy: 'Ban Tổ chức Đảng ủy Khối',
          },
        ],
      },
      {
        title: '2. Đại hội Đảng bộ Khối lần thứ nhất',
        status: 'approved',
        bodyHtml:
          '<p>Tháng 6 năm 2010, Đại hội đại biểu Đảng bộ Khối lần thứ nhất, nhiệm kỳ 2010–2015, được tổ chức tại thành phố Lào Cai với 200 đại biểu chính thức[^1].</p>' +
          '<p>Một đại biểu dự Đại hội nhớ lại: “Đó là lần đầu cán bộ của hai khối cũ ngồi chung một hội trường, ai cũng thấy trách nhiệm lớn hơn”[^2].</p>',
        sources: [
          {
            kind: 'newspaper',
            title: 'Bài “Đại hội đại biểu Đảng bộ Khối lần thứ nhất thành công tốt đẹp”',
            keptAt: 'Thư viện tỉnh',
            reference: 'Báo Lào Cai, trang 1',
            dated: 'tháng 6/2010',
            givenBy: '',
          },
          {
            kind: 'interview',
            title: 'Phỏng vấn một nguyên đại biểu dự Đại hội lần thứ nhất',
            keptAt: 'Văn phòng Đảng ủy Khối (bản ghi âm)',
            reference: 'Băng ghi âm PV-03',
            dated: '15/3/2025',
            givenBy: 'Nguyên cán bộ Văn phòng Đảng ủy Khối',
          },
        ],
      },
    ],
  },
  {
    title: 'Chương II. Xây dựng Đảng bộ trong sạch, vững mạnh (2010–2020)',
    status: 'draft',
    bodyHtml: '<p>Chương này viết về công tác xây dựng Đảng trong hai nhiệm kỳ 2010–2015 và 2015–2020.</p>',
    sources: [],
    children: [
      {
        title: '1. Công tác giáo dục chính trị, tư tưởng',
        status: 'review',
        byWriter: true,
        remark: 'Đề nghị bổ sung số liệu học tập nghị quyết năm 2016 và ghi rõ nguồn.',
        bodyHtml:
          '<p>Từ năm 2011, Đảng ủy Khối tổ chức học tập, quán triệt nghị quyết cho đảng viên theo từng đợt tập trung[^1]. Các chi bộ duy trì sinh hoạt chuyên đề hằng quý.</p>',
        sources: [
          {
            kind: 'book',
            title: 'Kỷ yếu 10 năm thành lập Đảng bộ Khối (2008–2018)',
            keptAt: 'Thư viện Đảng ủy Khối',
            reference: 'Trang 45–52',
            dated: '2018',
            givenBy: 'Ban Tuyên giáo Đảng ủy Khối',
          },
        ],
      },
      {
        title: '2. Củng cố tổ chức cơ sở đảng',
        status: 'draft',
        byWriter: true,
        bodyHtml:
          '<p>Ngày 03/02/2015, nhân kỷ niệm 85 năm Ngày thành lập Đảng, Đảng ủy Khối sơ kết việc kiện toàn các chi bộ trực thuộc.</p>',
        sources: [],
      },
    ],
  },
];
