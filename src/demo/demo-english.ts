// Data file: demo content (English and Vietnamese words by nature), exempt from the text and size rules of check-shape.
// The demo's English pages (Decree 42/2022/NĐ-CP asks state portals for an English introduction):
// the portal's English name, the committee in one paragraph, the About and contact texts, and the
// English names of the demo units. Written for congtin, not an official translation.

export const demoEnglishSettings = {
  nameEn: 'Party Committee of the Provincial Agencies and Enterprises Bloc of Lào Cai',
  introEn:
    'The Party Committee of the Provincial Agencies and Enterprises Bloc of Lào Cai leads the grassroots ' +
    'Party organisations in the provincial agencies, public service units and enterprises of Lào Cai province. ' +
    'It is directly under the Provincial Party Committee and works between two congresses of the Bloc’s ' +
    'Party Organisation. This portal publishes its news, its daily press brief, its documents and the ' +
    'progress of its yearly plans, in Vietnamese; these English pages introduce the committee to readers abroad.',
  aboutHtmlEn: `<h2>Functions and tasks</h2>
<p>The Party Committee of the Provincial Agencies and Enterprises Bloc of Lào Cai is the leading body of the Bloc’s Party Organisation between two congresses, directly under the Provincial Party Committee. It leads the grassroots Party organisations in the administrative agencies, public service units and enterprises of the province in carrying out their political tasks and in building clean and strong Party organisations.</p>
<h2>Organisation</h2>
<ul>
<li>The Standing Board of the Bloc’s Party Committee</li>
<li>The Organisation Board, the Propaganda and Mass Mobilisation Board, the Inspection Commission and the Office of the Bloc’s Party Committee</li>
<li>Grassroots Party committees and Party cells in agencies and enterprises</li>
<li>The Civil Servants’ Trade Union and the Youth Union of the Bloc</li>
</ul>
<h2>This portal</h2>
<p>The portal publishes news of the Bloc’s activities, guiding documents, a daily press brief and the progress of the committee’s plans, for officials, Party members and the public. Its articles are written in Vietnamese.</p>`,
  contactNoteEn:
    'The Office of the Bloc’s Party Committee receives visitors from Monday to Friday, 7:30 to 11:30 and 13:30 to 17:00 (Vietnam time, UTC+7).\n\n' +
    'You may write to us in English: the office will answer in English or in Vietnamese.',
};

/** English names by the demo units' Vietnamese names (demo-units.ts); a unit not listed keeps none. */
export const demoEnglishUnitNames: Record<string, string> = {
  'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai':
    'Party Committee of the Provincial Agencies and Enterprises Bloc of Lào Cai',
  'Đảng bộ Văn phòng UBND tỉnh': 'Party Organisation of the Office of the Provincial People’s Committee',
  'Chi bộ Phòng Tổng hợp': 'Party Cell of the General Affairs Division',
  'Chi bộ Trung tâm Phục vụ hành chính công': 'Party Cell of the Public Administration Service Centre',
  'Đảng bộ Sở Tài chính': 'Party Organisation of the Department of Finance',
  'Chi bộ Sở Tư pháp': 'Party Cell of the Department of Justice',
  'Chi bộ Sở Nội vụ': 'Party Cell of the Department of Home Affairs',
  'Đảng bộ Sở Kế hoạch và Đầu tư': 'Party Organisation of the Department of Planning and Investment',
  'Đảng bộ Sở Giáo dục và Đào tạo': 'Party Organisation of the Department of Education and Training',
  'Đảng bộ Sở Y tế': 'Party Organisation of the Department of Health',
  'Đảng bộ Bệnh viện Đa khoa tỉnh': 'Party Organisation of the Provincial General Hospital',
  'Đảng bộ Đài Phát thanh - Truyền hình tỉnh': 'Party Organisation of the Provincial Radio and Television Station',
  'Đảng bộ Bảo hiểm xã hội tỉnh': 'Party Organisation of the Provincial Social Insurance',
  'Đảng bộ Công ty Điện lực Lào Cai': 'Party Organisation of Lào Cai Power Company',
  'Đảng bộ Viễn thông Lào Cai': 'Party Organisation of Lào Cai Telecommunications',
};
