// Data file: long by nature (demo content), exempt from the size rules of scripts/check-shape.ts.
// The demo's documents register: the plans' own documents (17-ĐA/TU, 132/KH-ĐUK, 05-ĐA/TU,
// 215/KH-ĐUK), Decree 42/2022/NĐ-CP, and central and provincial documents with plausible numbers.
// Titles and summaries are written for congtin. A few carry a small PDF made here (no network).
import { issuedOnFor } from './demo-current-plan.js';
import { stripDiacritics } from '../platform/text/fold.js';

export interface DemoDocument {
  number: string;
  kind:
    | 'nghi-quyet'
    | 'chi-thi'
    | 'ket-luan'
    | 'quy-dinh'
    | 'de-an'
    | 'chuong-trinh'
    | 'ke-hoach'
    | 'huong-dan'
    | 'thong-bao'
    | 'quyet-dinh'
    | 'cong-van'
    | 'bao-cao'
    | 'nghi-dinh'
    | 'thong-tu';
  issuer: string;
  issuedOn: string;
  title: string;
  summary: string;
  /** A small PDF is made for it. */
  withPdf?: boolean;
}

const BLOC = 'Đảng ủy Khối';
const PROVINCE = 'Tỉnh ủy Lào Cai';

export function demoDocuments(today: string): DemoDocument[] {
  const year = Number(today.slice(0, 4));
  const start = 2026 + 5 * Math.floor((Math.max(year, 2026) - 2026) / 5);
  return [
    {
      number: '17-ĐA/TU',
      kind: 'de-an',
      issuer: PROVINCE,
      issuedOn: '2021-06-15',
      title:
        'Nâng cao chất lượng công tác tuyên giáo, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021–2025',
      summary:
        'Đề án đặt mục tiêu đưa việc học tập và làm theo Bác vào nền nếp sinh hoạt chi bộ, đổi mới cách tuyên truyền trên môi trường mạng và gắn trách nhiệm của người đứng đầu với kết quả thực hiện ở từng cơ quan, đơn vị.',
      withPdf: true,
    },
    {
      number: '132/KH-ĐUK',
      kind: 'ke-hoach',
      issuer: BLOC,
      issuedOn: '2023-01-10',
      title: 'Thực hiện Đề án 17-ĐA/TU của Tỉnh ủy trong Đảng bộ Khối năm 2023',
      summary:
        'Kế hoạch giao nhiệm vụ cụ thể cho các tổ chức cơ sở đảng: tuyên truyền trên cổng thông tin, hội nghị báo cáo viên hằng tháng, lớp bồi dưỡng lý luận chính trị, hội thi tìm hiểu lịch sử Đảng bộ, sơ kết và tổng kết theo mốc thời gian.',
      withPdf: true,
    },
    {
      number: '05-ĐA/TU',
      kind: 'de-an',
      issuer: PROVINCE,
      issuedOn: `${start}-01-05`,
      title: `Nâng cao chất lượng công tác tuyên giáo, xây dựng Đảng về tư tưởng, đạo đức giai đoạn ${start}–${start + 4}`,
      summary:
        'Đề án tiếp nối Đề án 17-ĐA/TU cho giai đoạn mới, chú trọng chuyển đổi số trong công tác tuyên giáo và nắm bắt dư luận xã hội.',
      withPdf: true,
    },
    {
      number: '215/KH-ĐUK',
      kind: 'ke-hoach',
      issuer: BLOC,
      issuedOn: issuedOnFor(today),
      title: `Thực hiện Đề án 05-ĐA/TU của Tỉnh ủy trong Đảng bộ Khối năm ${year}`,
      summary:
        'Kế hoạch của năm: điểm tin sáng hằng ngày trên cổng thông tin, các hội thảo, hội thi theo ngày kỷ niệm, lớp bồi dưỡng và việc theo dõi tiến độ từng nhiệm vụ trên hệ thống.',
      withPdf: true,
    },
    {
      number: '42/2022/NĐ-CP',
      kind: 'nghi-dinh',
      issuer: 'Chính phủ',
      issuedOn: '2022-06-24',
      title: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
      summary:
        'Nghị định quy định những thông tin cổng, trang thông tin điện tử của cơ quan nhà nước phải cung cấp, yêu cầu về tiếng nước ngoài và về bảo đảm truy cập cho người khuyết tật.',
      withPdf: true,
    },
    {
      number: '30/2020/NĐ-CP',
      kind: 'nghi-dinh',
      issuer: 'Chính phủ',
      issuedOn: '2020-03-05',
      title: 'Về công tác văn thư',
      summary: 'Thể thức, kỹ thuật trình bày văn bản hành chính; số, ký hiệu văn bản; quản lý văn bản đi, đến.',
    },
    {
      number: '35-NQ/TW',
      kind: 'nghi-quyet',
      issuer: 'Bộ Chính trị',
      issuedOn: '2018-10-22',
      title:
        'Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
      summary:
        'Nghị quyết xác định bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ của cả hệ thống chính trị, trong đó lực lượng nòng cốt là các cơ quan tuyên giáo, báo chí.',
    },
    {
      number: '05-CT/TW',
      kind: 'chi-thi',
      issuer: 'Bộ Chính trị',
      issuedOn: '2016-05-15',
      title: 'Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      summary: 'Chỉ thị đưa việc học tập và làm theo Bác thành việc làm thường xuyên của tổ chức đảng và đảng viên.',
    },
    {
      number: '01-KL/TW',
      kind: 'ket-luan',
      issuer: 'Bộ Chính trị',
      issuedOn: '2021-05-18',
      title: 'Về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
      summary:
        'Kết luận yêu cầu cụ thể hóa việc học tập và làm theo Bác thành chuẩn mực đạo đức của từng cơ quan, đơn vị.',
    },
    {
      number: '21-NQ/TW',
      kind: 'nghi-quyet',
      issuer: 'Ban Chấp hành Trung ương',
      issuedOn: '2022-06-16',
      title:
        'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
      summary: 'Nghị quyết Hội nghị Trung ương 5 khóa XIII về tổ chức cơ sở đảng và đội ngũ đảng viên.',
    },
    {
      number: '12-HD/BTGTW',
      kind: 'huong-dan',
      issuer: 'Ban Tuyên giáo Trung ương',
      issuedOn: '2023-03-20',
      title: 'Hướng dẫn tuyên truyền các ngày kỷ niệm, sự kiện lịch sử năm 2023',
      summary: 'Danh mục các ngày kỷ niệm tròn năm và nội dung tuyên truyền trọng tâm của từng dịp.',
    },
    {
      number: '45-TB/ĐUK',
      kind: 'thong-bao',
      issuer: BLOC,
      issuedOn: '2023-07-14',
      title: 'Kết luận của Ban Thường vụ Đảng ủy Khối về sơ kết 6 tháng thực hiện Kế hoạch 132/KH-ĐUK',
      summary:
        'Thông báo ghi nhận các đơn vị làm tốt và chỉ ra các nhiệm vụ chậm tiến độ cần hoàn thành trong quý III.',
    },
    {
      number: '1234/QĐ-UBND',
      kind: 'quyet-dinh',
      issuer: 'UBND tỉnh Lào Cai',
      issuedOn: '2023-05-05',
      title: 'Ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Lào Cai',
      summary: 'Quy chế về cập nhật, kiểm duyệt và lưu trữ thông tin trên cổng thông tin điện tử của tỉnh.',
    },
    {
      number: '567/UBND-VX',
      kind: 'cong-van',
      issuer: 'UBND tỉnh Lào Cai',
      issuedOn: '2024-02-26',
      title: 'Về việc tổ chức các hoạt động kỷ niệm ngày thành lập Đảng bộ tỉnh',
      summary:
        'Đề nghị các sở, ngành phối hợp tổ chức tọa đàm, triển lãm ảnh và tuyên truyền trên các phương tiện thông tin.',
    },
    {
      number: '08-QĐi/TW',
      kind: 'quy-dinh',
      issuer: 'Ban Chấp hành Trung ương',
      issuedOn: '2018-10-25',
      title:
        'Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương',
      summary: 'Quy định những việc cán bộ, đảng viên phải nêu gương trong công tác và đời sống.',
    },
    {
      number: '18-BC/ĐUK',
      kind: 'bao-cao',
      issuer: BLOC,
      issuedOn: '2023-12-20',
      title: 'Tổng kết năm 2023 thực hiện Đề án 17-ĐA/TU trong Đảng bộ Khối',
      summary:
        'Báo cáo đánh giá kết quả thực hiện Kế hoạch 132/KH-ĐUK, các nhiệm vụ hoàn thành, chậm và bài học kinh nghiệm.',
      withPdf: true,
    },
  ].filter((d) => d.issuedOn <= today) as DemoDocument[];
}

/** A PDF string literal: ASCII only (the base fonts have no Vietnamese letters), parentheses escaped. */
const pdfText = (text: string) =>
  stripDiacritics(text)
    .replace(/[^\x20-\x7e]/g, '-')
    .replace(/[\\()]/g, '\\$&');

/** A small, valid one-page PDF with the document's number and title (lines wrapped at ~80 characters). */
export function minimalPdf(heading: string, text: string): Uint8Array {
  const words = pdfText(text).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= 80) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const stream = [
    'BT /F1 16 Tf 56 780 Td',
    `(${pdfText(heading)}) Tj`,
    '/F1 11 Tf 0 -28 Td',
    ...lines.slice(0, 50).flatMap((line) => [`(${line}) Tj`, '0 -15 Td']),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
