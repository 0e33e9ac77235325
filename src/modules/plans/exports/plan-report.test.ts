import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
// jszip comes with exceljs (which reads .xlsx with it); reusing it spares a hand-written zip reader.
import JSZip from 'jszip';
import { buildPlanReportDocx, buildPlanReportXlsx, neutraliseFormula, type PlanReportData } from './index.js';
import { formatReportDateLine } from './plan-report.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';

function sampleReport(): PlanReportData {
  return {
    parentIssuer: 'ĐẢNG BỘ TỈNH LÀO CAI',
    issuer: 'ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP',
    place: 'Lào Cai',
    // 01:30 on 28/11 in Vietnam, still 27/11 in UTC: the date line follows Vietnam.
    date: new Date('2026-11-27T18:30:00Z'),
    title: 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
    subtitle: 'Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 của Ban Thường vụ Đảng ủy Khối về thực hiện Đề án 17-ĐA/TU',
    groups: [
      {
        name: 'Công tác học tập, bồi dưỡng',
        tasks: [
          {
            no: '1',
            title: 'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới',
            // Typed on a keyboard that sends decomposed marks: the files must carry NFC.
            leadUnit: 'Trung tâm Chính trị Khối'.normalize('NFD'),
            coordinators: ['Ban Tổ chức Đảng ủy Khối', 'Văn phòng Đảng ủy Khối'],
            deadline: '30/06/2023',
            target: '03 lớp',
            actual: '02 lớp',
            status: 'Quá hạn',
            note: 'Đã tổ chức 02 lớp.\nLớp thứ ba dời sang tháng 12.',
          },
          {
            no: '2',
            title: HYPERLINK,
            leadUnit: 'Ban Tuyên giáo Đảng ủy Khối',
            coordinators: [],
            deadline: '05/03/2023',
            target: '',
            actual: '',
            status: 'Hoàn thành đúng hạn',
            note: '@mention\u0001',
          },
        ],
      },
      {
        name: 'Công tác tuyên truyền',
        tasks: [
          {
            no: '3',
            title: '+SUM(A1)',
            leadUnit: 'Ban Tuyên giáo Đảng ủy Khối',
            coordinators: ['Đảng ủy Công an tỉnh'],
            deadline: 'Hằng ngày',
            target: '',
            actual: '',
            status: 'Đang thực hiện',
            note: '\u0001=1+1',
          },
        ],
      },
      {
        name: 'Công tác lịch sử Đảng',
        tasks: [
          {
            no: '4',
            title: 'Kỷ niệm 68 năm Ngày Bác Hồ về thăm Lào Cai (23/9/1958 - 23/9/2026)',
            leadUnit: 'Văn phòng Đảng ủy Khối',
            coordinators: [],
            deadline: '23/09/2026',
            target: '',
            actual: '',
            status: 'Hoàn thành quá hạn',
            note: '',
          },
        ],
      },
    ],
    summary: { total: 4, doneOnTime: 1, doneLate: 1, overdue: 1, inProgress: 1, notDue: 0 },
    signer: { title: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ', name: 'Nguyễn Văn Bình' },
  };
}

const DATE_LINE = 'Lào Cai, ngày 28 tháng 11 năm 2026';
const SUMMARY =
  'Tổng số 4 nhiệm vụ: 1 hoàn thành đúng hạn, 1 hoàn thành quá hạn, 1 quá hạn, 1 đang thực hiện, 0 chưa đến hạn.';
const COLUMN_LABELS = [
  'TT',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Chỉ tiêu',
  'Kết quả',
  'Tình trạng',
  'Ghi chú',
];

describe('neutraliseFormula', () => {
  it('prefixes an apostrophe to text a spreadsheet would read as a formula', () => {
    for (const text of [
      '=1+1',
      '+SUM(A1)',
      '-2+3',
      '- Đã tổ chức',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '\u0001=1',
      HYPERLINK,
    ]) {
      assert.equal(neutraliseFormula(text), `'${text}`, JSON.stringify(text));
    }
  });
  it('leaves ordinary text alone', () => {
    for (const text of ['', '03 lớp', 'Hoàn thành đúng hạn', '05/03/2023', 'a=b', " '=already"]) {
      assert.equal(neutraliseFormula(text), text);
    }
  });
});

describe('report date line (Decree 30: a zero before days 1–9 and months 1–2 only)', () => {
  const at = (iso: string) => formatReportDateLine('Lào Cai', new Date(iso));
  it('writes the day and month the way Party documents do', () => {
    assert.equal(at('2026-01-05T03:00:00Z'), 'Lào Cai, ngày 05 tháng 01 năm 2026');
    assert.equal(at('2026-02-09T03:00:00Z'), 'Lào Cai, ngày 09 tháng 02 năm 2026');
    assert.equal(at('2026-03-05T03:00:00Z'), 'Lào Cai, ngày 05 tháng 3 năm 2026');
    assert.equal(at('2026-11-28T03:00:00Z'), DATE_LINE);
  });
  it('takes the calendar day in Vietnam, not in UTC', () => {
    assert.equal(at('2026-11-27T16:59:59Z'), 'Lào Cai, ngày 27 tháng 11 năm 2026'); // 23:59:59 in Vietnam
    assert.equal(at('2026-11-27T17:00:00Z'), DATE_LINE); // 00:00:00 on the 28th in Vietnam
  });
});

describe('Excel progress report', async () => {
  const file = await buildPlanReportXlsx(sampleReport());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Tiến độ');
  assert.ok(sheet, "the sheet is named 'Tiến độ'");
  const text = (address: string) => sheet.getCell(address).value;
  const rowOf = (no: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === no) found = row;
    });
    assert.ok(found, `task ${no} has a row`);
    return found;
  };

  it('has the Party document header, title, subtitle and summary', () => {
    assert.equal(workbook.worksheets.length, 1);
    assert.equal(text('A1'), 'ĐẢNG BỘ TỈNH LÀO CAI');
    assert.equal(text('A2'), 'ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP');
    assert.equal(sheet.getCell('A2').font.bold, true);
    assert.equal(text('A3'), '*');
    assert.equal(text('E1'), 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(sheet.getCell('E1').font.bold, true);
    assert.ok(sheet.getCell('E1').font.underline);
    assert.equal(text('E2'), DATE_LINE);
    assert.equal(sheet.getCell('E2').font.italic, true);
    assert.equal(text('A5'), 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH');
    assert.equal(text('A6'), sampleReport().subtitle);
    assert.equal(text('A7'), SUMMARY);
    assert.equal(sheet.getCell('A1').font.name, 'Times New Roman');
  });

  it('has the column headers, frozen and repeated on every printed page', () => {
    assert.deepEqual(
      COLUMN_LABELS.map((_, i) => sheet.getRow(9).getCell(i + 1).value),
      COLUMN_LABELS,
    );
    const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
    assert.equal(view.state, 'frozen');
    assert.equal(view.ySplit, 9);
    assert.equal(sheet.pageSetup.printTitlesRow, '9:9');
  });

  it('prints on A4 landscape, one page wide', () => {
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.fitToPage, true);
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.pageSetup.fitToHeight, 0);
  });

  it("writes a task's cells exactly, in NFC, with deadlines as text", () => {
    const row = rowOf('1');
    assert.equal(row.getCell(2).value, 'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới');
    assert.equal(row.getCell(3).value, 'Trung tâm Chính trị Khối'.normalize('NFC'));
    assert.equal(row.getCell(4).value, 'Ban Tổ chức Đảng ủy Khối, Văn phòng Đảng ủy Khối');
    assert.equal(row.getCell(5).value, '30/06/2023');
    assert.equal(row.getCell(6).value, '03 lớp');
    assert.equal(row.getCell(7).value, '02 lớp');
    assert.equal(row.getCell(8).value, 'Quá hạn');
    assert.equal(row.getCell(9).value, 'Đã tổ chức 02 lớp.\nLớp thứ ba dời sang tháng 12.');
    assert.equal(row.getCell(9).alignment.wrapText, true);
    assert.equal(row.getCell(9).border.top?.style, 'thin');
    assert.ok((row.height ?? 0) > 20, 'a two-line note gets a taller row');
  });

  it('puts a bold group row, merged across, before each group', () => {
    for (const [no, numeral, name] of [
      ['1', 'I', 'Công tác học tập, bồi dưỡng'],
      ['3', 'II', 'Công tác tuyên truyền'],
      ['4', 'III', 'Công tác lịch sử Đảng'],
    ] as const) {
      const groupRow = sheet.getRow(rowOf(no).number - 1);
      assert.equal(groupRow.getCell(1).value, numeral);
      assert.equal(groupRow.getCell(2).value, name);
      assert.equal(groupRow.getCell(2).font.bold, true);
      assert.equal(groupRow.getCell(9).isMerged, true);
      assert.equal(groupRow.getCell(9).master.address, groupRow.getCell(2).address);
    }
  });

  it('neutralises formula-like text, and no cell holds a formula, a number or a date', async () => {
    assert.equal(rowOf('2').getCell(2).value, `'${HYPERLINK}`);
    assert.equal(rowOf('2').getCell(9).value, "'@mention", 'the control character is dropped and the @ neutralised');
    assert.equal(rowOf('3').getCell(2).value, "'+SUM(A1)");
    assert.equal(rowOf('3').getCell(9).value, "'=1+1", 'a control character cannot hide a formula');
    assert.equal(rowOf('3').getCell(2).numFmt, '@', 'a cell edited in Excel stays text');
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        assert.equal(cell.formula, undefined, cell.address);
        if (cell.value !== null) assert.equal(typeof cell.value, 'string', cell.address);
      });
    });
    const zip = await JSZip.loadAsync(file);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    assert.doesNotMatch(sheetXml, /<f[ >]/, 'no formula element in the sheet');
  });

  it('ends with the signer block at the right', () => {
    const values: string[] = [];
    sheet.eachRow((row) => {
      if (row.number > rowOf('4').number) values.push(String(row.getCell(5).value ?? ''));
    });
    assert.deepEqual(values.filter(Boolean), ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Bình']);
  });
});

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );
}

/** The text of each paragraph of word/document.xml, in document order. */
function paragraphTexts(documentXml: string): string[] {
  return documentXml
    .split('</w:p>')
    .map((chunk) =>
      [...chunk.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((m) => (m[1] === undefined ? '\n' : decodeXml(m[1])))
        .join(''),
    )
    .filter((text) => text !== '');
}

describe('Word progress report', async () => {
  const file = await buildPlanReportDocx(sampleReport());
  const zip = await JSZip.loadAsync(file);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  const paragraphs = paragraphTexts(documentXml);

  it('lays the report out in order, with the text exactly as typed and in NFC', () => {
    const expected = [
      'ĐẢNG BỘ TỈNH LÀO CAI',
      'ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      DATE_LINE,
      'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
      sampleReport().subtitle,
      SUMMARY,
      ...COLUMN_LABELS,
      'I',
      'Công tác học tập, bồi dưỡng',
      '1',
      'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới',
      'Trung tâm Chính trị Khối'.normalize('NFC'),
      'Ban Tổ chức Đảng ủy Khối, Văn phòng Đảng ủy Khối',
      '30/06/2023',
      '03 lớp',
      '02 lớp',
      'Quá hạn',
      'Đã tổ chức 02 lớp.\nLớp thứ ba dời sang tháng 12.',
      HYPERLINK,
      'II',
      'Công tác tuyên truyền',
      '+SUM(A1)',
      'III',
      'Công tác lịch sử Đảng',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Nguyễn Văn Bình',
    ];
    let from = 0;
    for (const text of expected) {
      const at = paragraphs.indexOf(text, from);
      assert.ok(at >= 0, `"${text}" appears after "${paragraphs[from - 1]}"`);
      from = at + 1;
    }
    assert.equal(documentXml, documentXml.normalize('NFC'));
    assert.ok(paragraphs.includes('@mention'), 'a control character is dropped, the rest kept as typed');
    assert.doesNotMatch(documentXml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('sets the Party heading bold and underlined and the date line in italics', () => {
    const runOf = (text: string) =>
      documentXml.match(new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t[^>]*>${text}</w:t>`))?.[1] ?? '';
    assert.match(runOf('ĐẢNG CỘNG SẢN VIỆT NAM'), /<w:b\/>/);
    assert.match(runOf('ĐẢNG CỘNG SẢN VIỆT NAM'), /<w:u w:val="single"\/>/);
    assert.match(runOf(DATE_LINE), /<w:i\/>/);
  });

  it('is A4 landscape with Decree 30 margins, in Times New Roman 13', () => {
    assert.match(documentXml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    assert.match(documentXml, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(
      stylesXml,
      /<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>.*<\/w:docDefaults>/s,
    );
    assert.match(stylesXml, /<w:docDefaults>.*<w:sz w:val="26"\/>.*<\/w:docDefaults>/s);
    assert.doesNotMatch(documentXml, /<w:rFonts/, 'no run overrides the font');
  });

  it('repeats the table header on every page', () => {
    assert.equal(documentXml.match(/<w:tblHeader\/>/g)?.length, 1);
  });
});

const soffice = ['soffice', 'libreoffice'].find((name) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

describe('LibreOffice', () => {
  it('converts both files to PDF', { skip: soffice ? false : 'LibreOffice (soffice) is not installed' }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congtin-report-'));
    try {
      writeFileSync(join(dir, 'bao-cao.xlsx'), await buildPlanReportXlsx(sampleReport()));
      writeFileSync(join(dir, 'bao-cao-word.docx'), await buildPlanReportDocx(sampleReport()));
      const args = [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
      ];
      await promisify(execFile)(soffice!, [...args, join(dir, 'bao-cao.xlsx'), join(dir, 'bao-cao-word.docx')], {
        timeout: 120_000,
      });
      for (const name of ['bao-cao.pdf', 'bao-cao-word.pdf']) {
        assert.ok(existsSync(join(dir, name)) && statSync(join(dir, name)).size > 1000, `${name} was rendered`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
