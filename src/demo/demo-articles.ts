// Data file: long by nature (demo content), exempt from the size rules of scripts/check-shape.ts.
// Demo content shown on a fresh install: written for congtin, not copied from any real site.
export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
}
export interface DemoArticle {
  categorySlug: string; // one of the DemoCategory slugs
  title: string; // Vietnamese, 8–20 words
  lead: string; // Vietnamese sapo, 1–2 sentences, 25–60 words
  bodyHtml: string; // 3–6 paragraphs; only <p>, <h2>, <strong>, <em>, <ul>/<li>, <blockquote> tags; no attributes
  author: string; // Vietnamese person name, e.g. "Nguyễn Thị Hương", or "Ban Tuyên giáo Đảng ủy Khối"
  publishedAt: string; // ISO-8601 UTC, e.g. "2026-03-05T01:30:00Z"
  featured?: boolean; // true for exactly 3 articles
}

export const demoCategories: DemoCategory[] = [
  {
    slug: 'tin-hoat-dong',
    name: 'Tin hoạt động',
    description:
      'Tin tức về các hội nghị, sự kiện và hoạt động thường xuyên của Đảng ủy Khối và các tổ chức cơ sở đảng trực thuộc.',
  },
  {
    slug: 'xay-dung-dang',
    name: 'Xây dựng Đảng',
    description:
      'Công tác tổ chức, cán bộ, đảng viên, kiểm tra, giám sát và nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối.',
  },
  {
    slug: 'hoc-tap-va-lam-theo-bac',
    name: 'Học tập và làm theo Bác',
    description:
      'Những tấm gương, mô hình và cách làm hay trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  },
  {
    slug: 'tuyen-truyen',
    name: 'Tuyên truyền',
    description:
      'Thông tin định hướng, công tác báo cáo viên, phổ biến nghị quyết và bảo vệ nền tảng tư tưởng của Đảng.',
  },
  {
    slug: 'van-hoa-xa-hoi',
    name: 'Văn hóa - Xã hội',
    description:
      'Hoạt động văn hóa, văn nghệ, thể thao, tình nguyện và an sinh xã hội của cán bộ, đảng viên, người lao động trong Khối.',
  },
];

export const demoArticles: DemoArticle[] = [
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026',
    lead: 'Ngày 7/1, Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, đánh giá những kết quả nổi bật và thống nhất bốn nhóm nhiệm vụ trọng tâm cho năm 2026.',
    bodyHtml: `<p>Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ Khối, đại diện lãnh đạo các ban xây dựng Đảng của Tỉnh ủy cùng bí thư các tổ chức cơ sở đảng trực thuộc.</p>
<p>Báo cáo tại hội nghị cho biết, năm 2025 các cấp ủy trong Khối đã lãnh đạo cơ quan, doanh nghiệp hoàn thành và vượt phần lớn chỉ tiêu chuyên môn; việc sắp xếp, kiện toàn tổ chức đảng sau tinh gọn bộ máy được thực hiện đúng tiến độ, không làm gián đoạn hoạt động. Toàn Đảng bộ kết nạp 312 đảng viên mới, trong đó có 58 đảng viên là công nhân trực tiếp sản xuất.</p>
<p>Hội nghị nhìn lại chặng đường từ Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 của Đảng ủy Khối thực hiện Đề án 17-ĐA/TU của Tỉnh ủy, đến Kế hoạch 215/KH-ĐUK năm nay: các nhiệm vụ tuyên truyền trên cổng thông tin được giao cụ thể cho từng đơn vị và theo dõi tiến độ hằng tháng.</p>
<h2>Bốn nhóm nhiệm vụ trọng tâm năm 2026</h2>
<ul><li>Học tập, quán triệt và cụ thể hóa kịp thời các nghị quyết của Đảng thành chương trình hành động của từng cơ quan, doanh nghiệp.</li><li>Nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề.</li><li>Đẩy mạnh chuyển đổi số trong công tác đảng và quản lý đảng viên.</li><li>Tăng cường kiểm tra, giám sát, giữ nghiêm kỷ luật, kỷ cương.</li></ul>
<p>Phát biểu kết luận, đồng chí Bí thư Đảng ủy Khối đề nghị mỗi cấp ủy xác định rõ việc cần làm ngay từ những tháng đầu năm, phân công cụ thể người chịu trách nhiệm và thời hạn hoàn thành. Dịp này, Đảng ủy Khối khen thưởng 14 tổ chức cơ sở đảng và 36 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025.</p>`,
    author: 'Ban Tuyên giáo Đảng ủy Khối',
    publishedAt: '2026-01-08T02:00:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Khai giảng lớp bồi dưỡng nhận thức về Đảng đầu tiên năm 2026 cho 78 quần chúng ưu tú',
    lead: 'Sáng 19/1, Ban Tổ chức Đảng ủy Khối phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nhận thức về Đảng cho 78 quần chúng ưu tú, gần một nửa trong số đó là người lao động trẻ đang làm việc tại các doanh nghiệp.',
    bodyHtml: `<p>Trong 5 ngày, học viên được nghiên cứu các chuyên đề cơ bản về Đảng Cộng sản Việt Nam: chủ nghĩa Mác - Lê-nin và tư tưởng Hồ Chí Minh; mục tiêu, con đường đi lên chủ nghĩa xã hội ở nước ta; Điều lệ Đảng và phương hướng phấn đấu trở thành đảng viên.</p>
<p>Bên cạnh giờ học trên lớp, học viên được chia thành các nhóm thảo luận, liên hệ những vấn đề đã học với công việc hằng ngày tại cơ quan, đơn vị. Ban tổ chức lớp cũng bố trí buổi tham quan, tìm hiểu truyền thống tại Bảo tàng tỉnh.</p>
<p>Chị Lò Thị Thu, nhân viên một công ty dịch vụ du lịch ở Sa Pa, chia sẻ: “Tôi mong qua lớp học sẽ hiểu sâu hơn về Đảng để phấn đấu, rèn luyện và sớm được đứng trong hàng ngũ của Đảng”.</p>
<p>Kết thúc khóa học, học viên làm bài thu hoạch; kết quả là căn cứ để các chi bộ xem xét, tiếp tục bồi dưỡng và giới thiệu những quần chúng đủ điều kiện kết nạp vào Đảng.</p>`,
    author: 'Trần Văn Minh',
    publishedAt: '2026-01-20T01:30:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Chi bộ Sở Tài chính duy trì nền nếp “Mỗi tuần một lời Bác dạy” trong sinh hoạt',
    lead: 'Hơn hai năm nay, mỗi sáng thứ Hai, cán bộ, đảng viên Chi bộ Sở Tài chính lại cùng nhau đọc và trao đổi về một lời dạy của Chủ tịch Hồ Chí Minh, rồi liên hệ ngay với công việc của từng người trong tuần.',
    bodyHtml: `<p>Ý tưởng xuất phát từ một buổi sinh hoạt chi bộ, khi nhiều đảng viên trẻ cho rằng việc học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh cần gần gũi và thường xuyên hơn. Chi bộ giao các tổ đảng luân phiên chuẩn bị nội dung, chọn những câu nói ngắn gọn, dễ nhớ, gắn với lĩnh vực tài chính - ngân sách.</p>
<p>Những lời dạy của Bác về <em>cần, kiệm, liêm, chính, chí công vô tư</em> hay “Việc gì có lợi cho dân, ta phải hết sức làm” được cán bộ viết thành tấm thẻ nhỏ đặt trên bàn làm việc. Nhiều đảng viên chủ động đề xuất cắt giảm giấy tờ, rút ngắn thời gian thẩm định hồ sơ.</p>
<p>Bí thư Chi bộ cho biết, năm 2025 chi bộ không có đảng viên vi phạm, toàn bộ hồ sơ được giải quyết đúng hoặc trước hạn. Năm 2026, chi bộ sẽ số hóa các bài trao đổi để chia sẻ trên nhóm sinh hoạt trực tuyến, giúp đảng viên đi công tác vẫn theo dõi được.</p>`,
    author: 'Hoàng Thị Lan',
    publishedAt: '2026-01-27T08:00:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Chương trình “Xuân ấm vùng cao” trao 500 suất quà Tết cho hộ nghèo ở Si Ma Cai',
    lead: 'Trong hai ngày 28 và 29/1, đoàn công tác Đảng ủy Khối cùng đại diện các doanh nghiệp trong Khối đã đến với đồng bào các dân tộc ở Si Ma Cai, trao tặng 500 suất quà Tết và nhiều phần học bổng cho học sinh nghèo vượt khó.',
    bodyHtml: `<p>Mỗi suất quà trị giá 500.000 đồng, gồm gạo, dầu ăn, bánh kẹo và tiền mặt, được đóng góp từ cán bộ, đảng viên, người lao động và các tổ chức đảng trong Khối. Nhiều doanh nghiệp như Công ty Điện lực Lào Cai, Công ty Cổ phần Vận tải Hoàng Liên còn hỗ trợ phương tiện chở hàng lên các thôn xa.</p>
<p>Tại các điểm trao quà, không khí đón xuân đã rộn ràng. Bà Giàng Thị Dính, ở một thôn vùng cao, xúc động: “Năm nay nhà tôi có thêm gạo, thêm quần áo ấm cho các cháu, Tết sẽ vui hơn nhiều”.</p>
<p>Đoàn cũng trao 40 suất học bổng cho học sinh có hoàn cảnh khó khăn và tặng chăn ấm cho hai điểm trường mầm non. Tổng giá trị chương trình năm nay hơn 320 triệu đồng.</p>`,
    author: 'Lý Thị Dung',
    publishedAt: '2026-01-30T03:15:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Đảng viên các cơ quan, doanh nghiệp đăng ký việc làm cụ thể theo tấm gương Bác năm 2026',
    lead: 'Ngay từ đầu năm, các chi bộ trong Đảng bộ Khối đã hướng dẫn đảng viên đăng ký những việc làm cụ thể, đo đếm được để học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tránh đăng ký chung chung, hình thức.',
    bodyHtml: `<p>Theo hướng dẫn của Ban Tuyên giáo Đảng ủy Khối, mỗi đảng viên đăng ký từ một đến ba việc làm, gắn với nhiệm vụ được giao và có mốc thời gian hoàn thành. Chi bộ công khai bản đăng ký để tập thể cùng theo dõi, nhắc nhở.</p>
<p>Tại chi bộ phân xưởng sửa chữa của một doanh nghiệp cấp nước, các đảng viên cam kết xử lý sự cố đường ống trong vòng 4 giờ kể từ khi nhận tin báo. Còn ở Chi bộ Sở Y tế, mỗi đảng viên đăng ký tham gia ít nhất hai đợt khám bệnh lưu động tại các xã vùng cao trong năm.</p>
<p>Cuối mỗi quý, chi bộ dành thời gian trong buổi sinh hoạt định kỳ để đảng viên tự đánh giá kết quả. Việc thực hiện cam kết là một tiêu chí khi kiểm điểm, xếp loại chất lượng đảng viên cuối năm.</p>`,
    author: 'Đỗ Minh Ngọc',
    publishedAt: '2026-02-04T02:30:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Sôi nổi giải bóng chuyền hơi chào mừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam',
    lead: 'Sau ba ngày tranh tài tại Nhà thi đấu tỉnh, giải bóng chuyền hơi của Đảng bộ Khối đã khép lại chiều 8/2, để lại nhiều dấu ấn đẹp về tinh thần đoàn kết của cán bộ, đảng viên và người lao động.',
    bodyHtml: `<p>Giải thu hút 32 đội với gần 400 vận động viên là cán bộ, công chức, viên chức và người lao động đến từ các cơ quan, doanh nghiệp trong Khối, thi đấu ở hai nội dung nam và nữ. Nhiều vận động viên đã ngoài 50 tuổi vẫn thi đấu đầy nhiệt huyết.</p>
<p>Các trận đấu diễn ra trên tinh thần giao lưu, học hỏi, không ít pha bóng đẹp nhận được tràng pháo tay của khán giả. Đội cổ động của các đơn vị mang theo băng rôn, trống, tạo không khí vui tươi những ngày giáp Tết.</p>
<p>Chức vô địch nội dung nữ thuộc về đội Đảng bộ Bệnh viện Đa khoa tỉnh, nội dung nam thuộc về đội Chi bộ Sở Xây dựng. Ban tổ chức cũng trao giải phong cách cho đội Công ty Môi trường đô thị với đội hình toàn là công nhân vệ sinh.</p>`,
    author: 'Vũ Đức Thắng',
    publishedAt: '2026-02-09T09:00:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Các chi bộ đẩy mạnh tuyên truyền bầu cử đại biểu Quốc hội, Hội đồng nhân dân các cấp',
    lead: 'Những ngày này, các tổ chức cơ sở đảng trong Khối đang đồng loạt triển khai nhiều hình thức tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.',
    bodyHtml: `<p>Tại nhiều cơ quan, bảng tin điện tử và màn hình ở khu vực tiếp dân liên tục phát các thông điệp về ý nghĩa của ngày bầu cử. Các chi bộ lồng ghép phổ biến pháp luật về bầu cử vào buổi sinh hoạt định kỳ tháng 2, trả lời những câu hỏi cử tri quan tâm như thủ tục bỏ phiếu ở nơi tạm trú.</p>
<p>Ở các doanh nghiệp có đông công nhân từ địa phương khác đến, công đoàn phối hợp với chi bộ rà soát, hướng dẫn người lao động làm thủ tục để được ghi tên vào danh sách cử tri nơi đang làm việc. Một số đơn vị tổ chức cuộc thi tìm hiểu trực tuyến với các câu hỏi ngắn, thu hút hàng trăm lượt tham gia.</p>
<p>Ban Tuyên giáo Đảng ủy Khối đề nghị các cấp ủy tiếp tục nắm bắt tư tưởng đảng viên, người lao động, kịp thời định hướng thông tin và phản bác các luận điệu lợi dụng cuộc bầu cử để xuyên tạc.</p>`,
    author: 'Nguyễn Thị Hương',
    publishedAt: '2026-02-26T01:45:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Tọa đàm kỷ niệm 79 năm Ngày thành lập Đảng bộ tỉnh Lào Cai (5/3/1947 – 5/3/2026)',
    lead: 'Chiều 3/3, Đảng ủy Khối tổ chức tọa đàm kỷ niệm 79 năm Ngày thành lập Đảng bộ tỉnh Lào Cai, ôn lại truyền thống vẻ vang và bàn cách để thế hệ đảng viên trẻ tiếp nối truyền thống ấy trong công việc hằng ngày.',
    bodyHtml: `<p>Tham dự tọa đàm có hơn 120 đại biểu là bí thư các tổ chức cơ sở đảng, đảng viên cao tuổi Đảng và đoàn viên thanh niên tiêu biểu. Các tham luận đã khắc họa chặng đường gần tám thập kỷ Đảng bộ tỉnh lãnh đạo nhân dân các dân tộc vượt qua khó khăn, xây dựng vùng biên giới ngày càng phát triển.</p>
<blockquote>“Mỗi lần kể cho các cháu nghe về những năm tháng gian khó, tôi lại thấy mình có trách nhiệm giữ gìn truyền thống ấy”, một đảng viên 55 năm tuổi Đảng chia sẻ tại tọa đàm.</blockquote>
<p>Các đại biểu trẻ đề xuất nhiều cách làm mới để lan tỏa lịch sử Đảng bộ tỉnh, như xây dựng video ngắn, bản đồ số về các địa chỉ đỏ, tổ chức hành trình về nguồn cho đoàn viên.</p>
<p>Kết luận tọa đàm, lãnh đạo Đảng ủy Khối đề nghị các chi bộ đưa nội dung giáo dục truyền thống vào sinh hoạt chuyên đề, gắn với phong trào thi đua hướng tới kỷ niệm 80 năm Ngày thành lập Đảng bộ tỉnh vào năm 2027.</p>`,
    author: 'Ban Tuyên giáo Đảng ủy Khối',
    publishedAt: '2026-03-04T03:30:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Hội nghị báo cáo viên tháng 3 thông tin về kinh tế - xã hội và công tác biên giới',
    lead: 'Ngày 11/3, Đảng ủy Khối tổ chức hội nghị báo cáo viên định kỳ tháng 3 theo hình thức trực tiếp kết hợp trực tuyến, kết nối tới các điểm cầu tại những tổ chức cơ sở đảng ở xa trung tâm.',
    bodyHtml: `<p>Tại hội nghị, các báo cáo viên được nghe thông tin về tình hình kinh tế - xã hội của tỉnh hai tháng đầu năm, hoạt động xuất nhập khẩu qua các cửa khẩu và công tác quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia.</p>
<p>Hội nghị cũng dành thời gian định hướng tuyên truyền các sự kiện chính trị quan trọng trong tháng, trong đó có việc tiếp tục phổ biến các văn kiện Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội, Hội đồng nhân dân các cấp.</p>
<p>Nhiều báo cáo viên đề nghị tăng thêm tài liệu dạng đồ họa, số liệu ngắn gọn để dễ truyền đạt tới đảng viên, người lao động. Ban Tuyên giáo Đảng ủy Khối cho biết sẽ gửi bộ tài liệu điện tử tới các báo cáo viên ngay sau mỗi hội nghị.</p>`,
    author: 'Phạm Quang Huy',
    publishedAt: '2026-03-12T02:00:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Đảng ủy Khối học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    lead: 'Hơn 2.000 cán bộ, đảng viên trong Đảng bộ Khối đã tham dự hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng tại điểm cầu chính và 46 điểm cầu trực tuyến ở các tổ chức cơ sở đảng.',
    bodyHtml: `<p>Hội nghị diễn ra trong hai ngày 16 và 17/3. Các báo cáo viên đã truyền đạt những nội dung cốt lõi, những điểm mới trong văn kiện Đại hội, đặc biệt là các định hướng lớn về phát triển nhanh và bền vững, đổi mới mô hình tăng trưởng, phát triển khoa học công nghệ và chuyển đổi số.</p>
<p>Sau hội nghị, mỗi đảng viên viết bài thu hoạch, liên hệ với trách nhiệm của bản thân. Các tổ chức cơ sở đảng có thời hạn đến hết tháng 4 để xây dựng chương trình hành động, cụ thể hóa nghị quyết phù hợp với đặc thù của cơ quan, doanh nghiệp.</p>
<p>Đối với đảng viên làm việc theo ca tại các nhà máy, Đảng ủy Khối cho phép tổ chức học bù theo nhóm và đưa bài giảng lên nền tảng học tập trực tuyến, bảo đảm không đảng viên nào bị bỏ sót.</p>`,
    author: 'Lê Thu Trang',
    publishedAt: '2026-03-17T07:30:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới của các doanh nghiệp du lịch Sa Pa',
    lead: 'Để thuận lợi cho người học, lần đầu tiên Đảng ủy Khối tổ chức lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngay tại Sa Pa, với 54 học viên đang làm việc ở các khách sạn, khu du lịch và doanh nghiệp lữ hành.',
    bodyHtml: `<p>Do đặc thù ngành du lịch thường bận rộn vào cuối tuần và dịp lễ, lớp học được bố trí vào các ngày giữa tuần, thời gian học linh hoạt theo buổi. Giảng viên là những cán bộ giàu kinh nghiệm của Trường Chính trị tỉnh và Ban Tuyên giáo Đảng ủy Khối.</p>
<p>Chương trình gồm 10 chuyên đề, tập trung vào những nội dung cơ bản về Đảng, nhiệm vụ và quyền hạn của đảng viên, tư tưởng Hồ Chí Minh và đường lối đổi mới. Giảng viên lấy nhiều ví dụ gần gũi từ hoạt động du lịch cộng đồng, bảo tồn bản sắc văn hóa dân tộc ở địa phương.</p>
<p>Anh Vàng A Chư, hướng dẫn viên du lịch, được kết nạp Đảng cuối năm 2025, cho biết: “Học ngay tại nơi làm việc giúp chúng tôi không phải nghỉ việc dài ngày, lại được trao đổi với nhiều đồng nghiệp cùng ngành”.</p>`,
    author: 'Giàng A Sử',
    publishedAt: '2026-03-24T01:00:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Hơn 600 cán bộ, công nhân viên chức hưởng ứng Ngày chạy Olympic vì sức khỏe toàn dân',
    lead: 'Sáng 27/3, nhân kỷ niệm 80 năm Ngày Thể thao Việt Nam, hơn 600 cán bộ, đảng viên, người lao động các cơ quan, doanh nghiệp trong Khối đã cùng tham gia Ngày chạy Olympic vì sức khỏe toàn dân dọc bờ sông Hồng.',
    bodyHtml: `<p>Cự ly chạy là 3 km đối với nữ và 5 km đối với nam, xuất phát từ khu vực quảng trường trung tâm. Nhiều đơn vị đăng ký tham gia với đông đủ thành viên, trong đó có cả những cán bộ đã nghỉ hưu.</p>
<p>Hoạt động nhằm hưởng ứng cuộc vận động <em>Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại</em>, tạo thói quen tập luyện thường xuyên cho cán bộ, người lao động. Theo Ban tổ chức, đến nay hơn 70% cơ quan, doanh nghiệp trong Khối đã có câu lạc bộ thể thao.</p>
<p>Kết thúc buổi chạy, Ban tổ chức trao giấy chứng nhận cho vận động viên cao tuổi nhất là một đảng viên 68 tuổi và cho đơn vị có số người tham gia đông nhất.</p>`,
    author: 'Nguyễn Hoàng Anh',
    publishedAt: '2026-03-27T00:45:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Đảng bộ Công ty Điện lực Lào Cai lãnh đạo bảo đảm cấp điện an toàn mùa nắng nóng',
    lead: 'Trước dự báo nắng nóng đến sớm, Đảng ủy Công ty Điện lực Lào Cai đã ban hành nghị quyết chuyên đề, giao từng chi bộ phụ trách các tuyến đường dây trọng điểm để bảo đảm cung cấp điện liên tục cho sản xuất và sinh hoạt.',
    bodyHtml: `<p>Theo nghị quyết, các chi bộ phải hoàn thành việc kiểm tra, phát quang hành lang tuyến, thay thế thiết bị xuống cấp trước ngày 30/4. Đảng viên là kỹ sư, công nhân kỹ thuật được phân công trực tiếp tại những trạm biến áp có nguy cơ quá tải.</p>
<p>Công ty cũng đẩy mạnh ứng dụng hệ thống đo xa, cảnh báo sự cố tự động, giúp rút ngắn thời gian phát hiện và xử lý. Trong quý I, thời gian mất điện bình quân của khách hàng giảm đáng kể so với cùng kỳ năm trước.</p>
<p>Đảng ủy Công ty đặt mục tiêu mỗi đảng viên là một tuyên truyền viên, hướng dẫn người dân sử dụng điện tiết kiệm, an toàn, nhất là ở các thôn vùng cao Bát Xát và Mường Khương.</p>`,
    author: 'Đinh Công Thành',
    publishedAt: '2026-04-07T08:15:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Ngày hội hiến máu “Giọt hồng khối cơ quan” tiếp nhận gần 400 đơn vị máu',
    lead: 'Ngày 9/4, Đoàn Thanh niên Khối phối hợp với Bệnh viện Đa khoa tỉnh tổ chức ngày hội hiến máu tình nguyện “Giọt hồng khối cơ quan”, thu hút hơn 450 cán bộ, đoàn viên và người lao động đăng ký tham gia.',
    bodyHtml: `<p>Từ sáng sớm, khu vực tiếp nhận đã đông người đến đăng ký, khám sàng lọc. Sau khi kiểm tra sức khỏe, 386 người đủ điều kiện hiến máu, nhiều người đã hiến từ lần thứ năm trở lên.</p>
<p>Anh Nguyễn Văn Bình, kỹ thuật viên Công ty Cổ phần Vận tải Hoàng Liên, người đã 12 lần hiến máu, chia sẻ: “Mỗi lần hiến, tôi lại nghĩ đến những bệnh nhân đang cần máu. Một chút sức khỏe của mình có thể giúp họ thêm cơ hội sống”.</p>
<p>Toàn bộ lượng máu tiếp nhận được chuyển về ngân hàng máu của bệnh viện, phục vụ cấp cứu và điều trị cho người bệnh trong dịp cao điểm nghỉ lễ 30/4 - 1/5.</p>`,
    author: 'Hà Thị Phương',
    publishedAt: '2026-04-10T02:20:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Chi bộ Sở Tư pháp đổi mới sinh hoạt chuyên đề, gắn với nhiệm vụ chuyên môn của cơ quan',
    lead: 'Thay vì những buổi sinh hoạt nặng về đọc báo cáo, Chi bộ Sở Tư pháp chọn các chuyên đề sát thực tế, giao đảng viên chuẩn bị trước và khuyến khích tranh luận thẳng thắn để tìm giải pháp cho những việc khó.',
    bodyHtml: `<p>Chuyên đề quý I năm nay của chi bộ bàn về nâng cao chất lượng thẩm định văn bản quy phạm pháp luật. Đảng viên phụ trách từng lĩnh vực nêu rõ các lỗi thường gặp, nguyên nhân và cách khắc phục; chi bộ thống nhất ban hành quy trình kiểm tra chéo trước khi trình lãnh đạo Sở.</p>
<p>Tài liệu được gửi trước qua phần mềm quản lý văn bản, nên buổi sinh hoạt chỉ tập trung thảo luận và kết luận. Mỗi kết luận đều có người chịu trách nhiệm và thời hạn thực hiện, được kiểm tra lại ở kỳ sinh hoạt sau.</p>
<p>Ban Tổ chức Đảng ủy Khối đánh giá đây là cách làm hiệu quả, sẽ giới thiệu để các chi bộ cơ quan hành chính khác tham khảo, vận dụng phù hợp với điều kiện của mình.</p>`,
    author: 'Bùi Thị Thanh Hà',
    publishedAt: '2026-04-16T03:40:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Bác sĩ trẻ Bệnh viện Đa khoa tỉnh và hành trình khám bệnh miễn phí ở các thôn Bắc Hà',
    lead: 'Gần ba năm qua, bác sĩ Sùng Văn Khánh cùng nhóm đoàn viên Bệnh viện Đa khoa tỉnh đã dành nhiều ngày nghỉ cuối tuần lên các thôn vùng cao Bắc Hà, khám bệnh, cấp thuốc miễn phí cho hàng nghìn lượt người dân.',
    bodyHtml: `<p>Sinh ra ở vùng cao, anh Khánh hiểu rõ những vất vả của bà con mỗi lần phải đi khám bệnh xa. Sau khi được kết nạp Đảng năm 2023, anh đề xuất với chi đoàn thành lập nhóm “Thầy thuốc trẻ vì bản làng”, mỗi tháng ít nhất một chuyến lên thôn.</p>
<p>Không chỉ khám bệnh, nhóm còn hướng dẫn bà con cách phòng bệnh, chăm sóc bà mẹ mang thai và trẻ nhỏ bằng tiếng Mông để mọi người dễ hiểu. Thuốc men, dụng cụ do đoàn viên góp tiền và kêu gọi các nhà hảo tâm ủng hộ.</p>
<blockquote>“Bác Hồ dạy người thầy thuốc phải như người mẹ hiền. Mình làm được việc gì cho bà con thì cứ làm, không cần chờ đủ điều kiện mới bắt đầu”, bác sĩ Khánh nói.</blockquote>
<p>Năm 2025, anh được Đảng ủy Khối biểu dương là gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>`,
    author: 'Lò Thị Mai',
    publishedAt: '2026-04-22T07:00:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Đảng ủy Khối và Liên đoàn Lao động tỉnh phối hợp phát triển đảng viên trong công nhân',
    lead: 'Ngày 27/4, Đảng ủy Khối và Liên đoàn Lao động tỉnh ký kết chương trình phối hợp giai đoạn 2026 - 2030, đặt mục tiêu mỗi năm giới thiệu ít nhất 150 đoàn viên công đoàn ưu tú là công nhân trực tiếp sản xuất để các chi bộ xem xét kết nạp Đảng.',
    bodyHtml: `<p>Theo chương trình, công đoàn cơ sở có trách nhiệm phát hiện, bồi dưỡng những người lao động tiêu biểu trong phong trào thi đua và sáng kiến cải tiến kỹ thuật; cấp ủy phân công đảng viên chính thức giúp đỡ quần chúng phấn đấu.</p>
<p>Hai bên cũng thống nhất phối hợp thành lập tổ chức đảng, tổ chức công đoàn tại các doanh nghiệp ngoài nhà nước có đủ điều kiện, nhất là trong các khu, cụm công nghiệp.</p>
<p>Phát biểu tại lễ ký kết, đại diện Đảng ủy Khối nhấn mạnh: phát triển đảng viên trong công nhân là nhiệm vụ lâu dài, cần kiên trì, tránh chạy theo số lượng mà xem nhẹ chất lượng.</p>`,
    author: 'Văn phòng Đảng ủy Khối',
    publishedAt: '2026-04-28T02:10:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Đoàn viên trẻ tham gia bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng',
    lead: 'Ban Tuyên giáo Đảng ủy Khối vừa tổ chức lớp tập huấn kỹ năng nhận diện và đấu tranh với thông tin sai trái, thù địch trên mạng xã hội cho 120 đoàn viên, đảng viên trẻ là nòng cốt của các nhóm cộng tác viên dư luận xã hội.',
    bodyHtml: `<p>Học viên được hướng dẫn cách kiểm chứng nguồn tin, nhận biết thủ đoạn cắt ghép hình ảnh, video và việc sử dụng trí tuệ nhân tạo để tạo nội dung giả mạo. Các bài tập thực hành được xây dựng từ những tình huống thường gặp trên các nhóm, trang mạng địa phương.</p>
<p>Giảng viên lưu ý, đấu tranh trên không gian mạng cần bình tĩnh, có lý lẽ, dẫn chứng rõ ràng; đồng thời chú trọng lan tỏa thông tin tích cực, những câu chuyện người tốt, việc tốt ở cơ quan, doanh nghiệp.</p>
<p>Sau tập huấn, các học viên tham gia nhóm trao đổi chung do Ban Tuyên giáo Đảng ủy Khối quản lý, kịp thời báo cáo những thông tin xấu, độc để có phương án xử lý phù hợp.</p>`,
    author: 'Trịnh Văn Long',
    publishedAt: '2026-05-06T01:15:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Tọa đàm “Bác Hồ với người lao động” kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh',
    lead: 'Hướng tới kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026), Đảng ủy Khối tổ chức tọa đàm “Bác Hồ với người lao động”, nơi những công nhân, kỹ sư tiêu biểu kể câu chuyện làm theo Bác từ chính công việc của mình.',
    bodyHtml: `<p>Mở đầu tọa đàm, đại biểu cùng ôn lại những lời căn dặn của Bác về tinh thần lao động sáng tạo, cần kiệm và ý thức làm chủ. Các câu chuyện về Bác được trình bày ngắn gọn, xen kẽ hình ảnh, tư liệu.</p>
<p>Chị Hoàng Thị Nga, công nhân một nhà máy chế biến chè ở Mường Khương, chia sẻ về sáng kiến cải tiến máy vò chè giúp giảm hao hụt nguyên liệu. Anh Lê Minh Tuấn, kỹ sư Công ty Điện lực Lào Cai, kể về những đêm cùng tổ đội trắng đêm khôi phục đường dây sau giông lốc để bà con có điện sớm nhất.</p>
<p>Kết thúc tọa đàm, Đảng ủy Khối trao giấy khen cho 15 tập thể, cá nhân có thành tích tiêu biểu và phát động đợt thi đua cao điểm chào mừng Ngày sinh của Bác.</p>`,
    author: 'Ban Tuyên giáo Đảng ủy Khối',
    publishedAt: '2026-05-15T02:45:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Liên hoan văn nghệ “Tiếng hát dâng Bác” của các cơ quan, doanh nghiệp trong Khối',
    lead: 'Tối 19/5, tại Nhà văn hóa tỉnh, 18 đội văn nghệ quần chúng của các cơ quan, doanh nghiệp đã mang đến liên hoan “Tiếng hát dâng Bác” những tiết mục ca, múa đậm đà bản sắc các dân tộc vùng cao.',
    bodyHtml: `<p>Nhiều tiết mục được dàn dựng công phu như hát then, múa khèn Mông, múa xòe kết hợp với các ca khúc ca ngợi Bác Hồ và quê hương Lào Cai. Diễn viên đều là cán bộ, công chức, người lao động tranh thủ tập luyện ngoài giờ làm việc.</p>
<p>Đội văn nghệ Đảng bộ Công ty Cổ phần Dịch vụ Du lịch Mây Hồng Sa Pa gây ấn tượng với tiết mục hòa tấu sáo Mông và đàn môi. Ban giám khảo trao 2 giải A, 4 giải B, 6 giải C cùng nhiều giải cá nhân.</p>
<p>Liên hoan là hoạt động ý nghĩa, góp phần bồi đắp tình cảm, lòng biết ơn đối với Bác Hồ kính yêu, đồng thời tạo sân chơi văn hóa lành mạnh cho người lao động.</p>`,
    author: 'Nguyễn Thu Hà',
    publishedAt: '2026-05-20T08:30:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Lần đầu tiên kết nạp đảng viên tại một doanh nghiệp ngoài nhà nước ở Bảo Thắng',
    lead: 'Ngày 25/5, Chi bộ Công ty TNHH Cơ khí chính xác Tằng Loỏng tổ chức lễ kết nạp ba công nhân ưu tú vào Đảng, những đảng viên đầu tiên được kết nạp tại doanh nghiệp kể từ khi chi bộ được thành lập năm 2024.',
    bodyHtml: `<p>Công ty có gần 300 lao động nhưng khi mới thành lập, chi bộ chỉ có 4 đảng viên, đều chuyển sinh hoạt từ nơi khác đến. Chi bộ đã phối hợp với công đoàn, chi đoàn phát hiện những người lao động tích cực, có tay nghề và uy tín để bồi dưỡng.</p>
<p>Ban Giám đốc công ty tạo điều kiện về thời gian, địa điểm sinh hoạt và khuyến khích người lao động tham gia lớp bồi dưỡng nhận thức về Đảng, coi đây là cách xây dựng đội ngũ nòng cốt gắn bó lâu dài với doanh nghiệp.</p>
<p>Anh Phạm Văn Đức, một trong ba đảng viên mới, là tổ trưởng tổ gia công với nhiều sáng kiến giảm tỷ lệ sản phẩm lỗi. Anh hứa sẽ tiếp tục gương mẫu trong lao động và giúp đỡ đồng nghiệp trẻ cùng phấn đấu.</p>`,
    author: 'Đặng Văn Hải',
    publishedAt: '2026-05-26T03:00:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Người thợ mỏ Cam Đường gần 20 năm miệt mài với những sáng kiến tiết kiệm',
    lead: 'Gần 20 năm gắn bó với khai trường, đảng viên Vũ Văn Toàn, tổ trưởng tổ sửa chữa thiết bị của một xí nghiệp khai thác khoáng sản, đã có hàng chục sáng kiến giúp đơn vị tiết kiệm chi phí và bảo đảm an toàn lao động.',
    bodyHtml: `<p>Anh Toàn kể, những năm đầu vào nghề, anh thường chứng kiến máy móc hỏng hóc phải chờ linh kiện thay thế hàng tuần liền. Từ đó, anh tự mày mò, học hỏi để phục hồi các chi tiết cũ, chế tạo dụng cụ thay thế phù hợp với điều kiện khai trường.</p>
<p>Riêng năm 2025, sáng kiến cải tiến hệ thống bôi trơn băng tải của anh giúp xí nghiệp giảm thời gian dừng máy và tiết kiệm hơn 400 triệu đồng. Anh còn kèm cặp nhiều thợ trẻ, truyền lại kinh nghiệm không chút giữ kẽ.</p>
<p>“Tôi học Bác ở sự cần cù, tiết kiệm, việc nhỏ cũng làm đến nơi đến chốn. Máy chạy tốt, anh em làm việc an toàn là tôi vui rồi”, anh Toàn giản dị nói.</p>`,
    author: 'Mai Xuân Trường',
    publishedAt: '2026-06-03T01:50:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Bản tin “Điểm tin sáng” đưa thông tin chính thống đến từng đảng viên qua điện thoại',
    lead: 'Sau ba tháng triển khai, bản tin “Điểm tin sáng” do Ban Tuyên giáo Đảng ủy Khối biên tập đã trở thành thói quen đọc đầu ngày của nhiều cán bộ, đảng viên, với hơn 5.000 người theo dõi trên trang thông tin điện tử và các nhóm nhắn tin.',
    bodyHtml: `<p>Mỗi sáng, trước 7 giờ, bản tin được phát hành với khoảng 8 đến 10 tin ngắn, tổng hợp từ các cơ quan báo chí chính thống về thời sự trong nước, tình hình của tỉnh và hoạt động của các tổ chức đảng trong Khối. Mỗi tin chỉ dài vài dòng, kèm đường dẫn để đọc chi tiết.</p>
<p>Nhóm biên tập gồm 5 cán bộ luân phiên trực từ tối hôm trước, chọn lọc thông tin theo nguyên tắc <strong>chính xác, ngắn gọn, hữu ích</strong>. Những vấn đề dư luận quan tâm được ưu tiên đưa tin sớm để định hướng kịp thời.</p>
<p>Nhiều bí thư chi bộ cho biết đã sử dụng bản tin làm tư liệu cho phần thông tin thời sự trong sinh hoạt chi bộ, giúp tiết kiệm thời gian chuẩn bị mà nội dung vẫn cập nhật.</p>`,
    author: 'Lê Thu Trang',
    publishedAt: '2026-06-17T02:15:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Chung khảo Hội thi Bí thư chi bộ giỏi năm 2026: 12 thí sinh tranh tài sôi nổi',
    lead: 'Ngày 23/6, Đảng ủy Khối tổ chức vòng chung khảo Hội thi Bí thư chi bộ giỏi năm 2026 với 12 thí sinh xuất sắc nhất từ vòng sơ khảo, đại diện cho các chi bộ cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp.',
    bodyHtml: `<p>Các thí sinh trải qua ba phần thi: giới thiệu về chi bộ và bản thân, xử lý tình huống trong công tác đảng và trình bày dự thảo nghị quyết chi bộ. Nhiều tình huống được xây dựng từ thực tế như đảng viên chậm đóng đảng phí, mâu thuẫn nội bộ hay thông tin phản ánh về đơn vị trên mạng xã hội.</p>
<p>Thí sinh Nguyễn Thị Thu Hằng, Bí thư Chi bộ Trung tâm Kiểm soát bệnh tật tỉnh, gây ấn tượng với phần xử lý tình huống mạch lạc, thấu tình đạt lý và giành giải nhất. Giải nhì thuộc về thí sinh Chi bộ Phòng Kỹ thuật, Công ty Cổ phần Vận tải Hoàng Liên.</p>
<p>Theo Ban tổ chức, hội thi là dịp để các bí thư chi bộ trao đổi kinh nghiệm, nâng cao kỹ năng lãnh đạo; những cách làm hay sẽ được tổng hợp thành tài liệu tham khảo chung cho toàn Đảng bộ.</p>`,
    author: 'Nông Thị Hoa',
    publishedAt: '2026-06-24T03:20:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Tuyên truyền phòng, chống ma túy cho người lao động tại các thôn biên giới Mường Khương',
    lead: 'Hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6, các chi bộ doanh nghiệp trên địa bàn Mường Khương đã phối hợp với lực lượng biên phòng tổ chức nhiều buổi tuyên truyền tại thôn bản.',
    bodyHtml: `<p>Các buổi tuyên truyền được tổ chức vào buổi tối, khi bà con đã đi làm nương về. Cán bộ biên phòng và đảng viên sử dụng tiếng Mông, tiếng Nùng, kết hợp tranh ảnh, video để giúp người dân nhận biết các loại ma túy và thủ đoạn lôi kéo của đối tượng xấu.</p>
<p>Công nhân tại các đồi chè, trang trại được nhắc nhở về nguy cơ bị rủ rê vận chuyển hàng cấm qua biên giới để nhận tiền công. Nhiều hộ gia đình đã ký cam kết không để con em sa vào tệ nạn.</p>
<p>Các chi bộ cũng trao tặng tờ gấp, lịch treo tường có in số điện thoại đường dây nóng để người dân kịp thời cung cấp thông tin, tố giác tội phạm.</p>`,
    author: 'Sần Thị Ngân',
    publishedAt: '2026-06-26T01:40:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Điểm tin sáng ngày 1/7: các tổ chức đảng tăng tốc hoàn thành nhiệm vụ nửa cuối năm',
    lead: '“Điểm tin sáng” ngày 1/7 tổng hợp những thông tin đáng chú ý: nhiều tổ chức cơ sở đảng hoàn thành sơ kết 6 tháng, cảnh báo mưa lớn ở vùng cao và lịch học tập, sinh hoạt chính trị trong tháng 7.',
    bodyHtml: `<p><strong>Sơ kết 6 tháng đầu năm.</strong> Tính đến hết ngày 30/6, phần lớn tổ chức cơ sở đảng trong Khối đã tổ chức hội nghị sơ kết; Văn phòng Đảng ủy Khối đề nghị các đơn vị còn lại gửi báo cáo trước ngày 5/7 để tổng hợp.</p>
<p><strong>Chủ động ứng phó mưa lớn.</strong> Cơ quan khí tượng dự báo từ nay đến cuối tuần, khu vực vùng cao Bát Xát, Văn Bàn, Sa Pa có mưa vừa, mưa to, nguy cơ sạt lở đất và lũ quét. Các chi bộ doanh nghiệp có công trình, tuyến đường dây đi qua vùng núi cần bố trí lực lượng trực, sẵn sàng hỗ trợ người dân.</p>
<p><strong>Lịch học tập tháng 7.</strong> Lớp bồi dưỡng nhận thức về Đảng khóa II dự kiến khai giảng ngày 14/7; hội nghị báo cáo viên tháng 7 tổ chức theo hình thức trực tuyến. Danh sách học viên gửi về Ban Tổ chức Đảng ủy Khối trước ngày 8/7.</p>
<p><strong>Việc tốt mỗi ngày.</strong> Tổ xung kích của một doanh nghiệp vận tải đã kịp thời giải tỏa điểm sạt lở nhỏ trên tuyến đường liên xã, giúp hàng chục phương tiện lưu thông an toàn trong đêm 29/6.</p>`,
    author: 'Ban Tuyên giáo Đảng ủy Khối',
    publishedAt: '2026-06-30T23:30:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Đảng ủy Khối sơ kết 6 tháng, đề ra ba khâu đột phá trong những tháng cuối năm',
    lead: 'Ngày 13/7, Ban Chấp hành Đảng bộ Khối họp hội nghị sơ kết công tác 6 tháng đầu năm 2026, đánh giá nhiều chỉ tiêu đạt khá so với kế hoạch và thống nhất ba khâu đột phá để hoàn thành nhiệm vụ cả năm.',
    bodyHtml: `<p>Sáu tháng qua, Đảng ủy Khối đã tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng đến toàn bộ tổ chức cơ sở đảng; kết nạp 164 đảng viên, đạt 53% kế hoạch năm; hoàn thành kiểm tra, giám sát theo chương trình đối với 18 tổ chức đảng.</p>
<p>Hội nghị cũng thẳng thắn chỉ ra hạn chế: chất lượng sinh hoạt ở một số chi bộ chưa cao; việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước còn chậm; ứng dụng phần mềm quản lý đảng viên chưa đồng đều giữa các đơn vị.</p>
<h2>Ba khâu đột phá</h2>
<ul><li>Nâng cao chất lượng sinh hoạt chi bộ, lấy sinh hoạt chuyên đề làm trọng tâm.</li><li>Phát triển đảng viên ở doanh nghiệp ngoài nhà nước và trong công nhân.</li><li>Hoàn thành số hóa hồ sơ đảng viên trước ngày 30/11.</li></ul>
<p>Các cấp ủy được yêu cầu rà soát lại chương trình công tác, tập trung nguồn lực cho những chỉ tiêu còn thấp và báo cáo tiến độ hằng tháng về Văn phòng Đảng ủy Khối.</p>`,
    author: 'Phạm Quang Huy',
    publishedAt: '2026-07-14T02:40:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Nữ đảng viên Chi bộ Sở Tư pháp tận tụy với công tác hòa giải ở cơ sở',
    lead: 'Không chỉ hoàn thành tốt công việc chuyên môn, chị Trần Thị Thúy, chuyên viên Sở Tư pháp, còn dành nhiều thời gian hướng dẫn nghiệp vụ cho các tổ hòa giải ở thôn, bản, giúp hàng trăm vụ việc được giải quyết êm thấm ngay từ cơ sở.',
    bodyHtml: `<p>Phụ trách lĩnh vực phổ biến, giáo dục pháp luật, chị Thúy đã đến hầu khắp các xã vùng cao. Chị nhận thấy nhiều hòa giải viên ở thôn là người có uy tín nhưng còn lúng túng về kiến thức pháp luật, nhất là trong các vụ tranh chấp đất nương, ranh giới đất rừng.</p>
<p>Từ đó, chị biên soạn bộ tài liệu hỏi - đáp ngắn gọn, có hình minh họa, được dịch sang tiếng Mông, tiếng Dao; đồng thời lập nhóm trên mạng xã hội để các hòa giải viên hỏi ý kiến bất cứ lúc nào.</p>
<blockquote>“Học Bác, tôi luôn nhớ phải gần dân, hiểu dân. Có hiểu phong tục của bà con thì mới hòa giải được lòng người”, chị Thúy chia sẻ.</blockquote>
<p>Năm 2025, tỷ lệ hòa giải thành ở các thôn được chị hỗ trợ đạt trên 85%. Chị được Đảng ủy Khối tặng giấy khen vì thành tích tiêu biểu trong học tập và làm theo Bác.</p>`,
    author: 'Bùi Thị Thanh Hà',
    publishedAt: '2026-07-21T03:10:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Tri ân thương binh, gia đình liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ',
    lead: 'Nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026), các đoàn công tác của Đảng ủy Khối đã đến thăm, tặng quà 120 thương binh, bệnh binh, thân nhân liệt sĩ và cựu chiến binh có hoàn cảnh khó khăn.',
    bodyHtml: `<p>Tại mỗi gia đình, đoàn ân cần hỏi thăm sức khỏe, đời sống và bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các thế hệ cha anh. Nhiều cựu chiến binh từng tham gia bảo vệ biên giới phía Bắc xúc động kể lại những kỷ niệm chiến đấu năm xưa.</p>
<p>Cùng ngày, đoàn viên thanh niên các cơ quan, doanh nghiệp dọn vệ sinh, thắp hương tại Nghĩa trang liệt sĩ tỉnh và các nghĩa trang liệt sĩ ở Bát Xát, Mường Khương, nơi an nghỉ của nhiều liệt sĩ hy sinh trong cuộc chiến đấu bảo vệ biên giới.</p>
<p>Dịp này, Đảng bộ Khối trao 150 triệu đồng hỗ trợ sửa chữa hai ngôi nhà cho gia đình chính sách ở Bảo Yên, từ quỹ “Đền ơn đáp nghĩa” do cán bộ, đảng viên đóng góp.</p>`,
    author: 'Nguyễn Hoàng Anh',
    publishedAt: '2026-07-24T02:00:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Số hóa hồ sơ đảng viên: các tổ chức đảng trong Khối tăng tốc chuyển đổi số',
    lead: 'Đến đầu tháng 8, hơn 70% hồ sơ đảng viên trong Đảng bộ Khối đã được số hóa và cập nhật lên cơ sở dữ liệu, giúp việc quản lý, chuyển sinh hoạt đảng và tra cứu thông tin nhanh chóng, chính xác hơn.',
    bodyHtml: `<p>Để đẩy nhanh tiến độ, Ban Tổ chức Đảng ủy Khối đã tập huấn cho cán bộ phụ trách công tác đảng của các cơ sở, đồng thời thành lập tổ hỗ trợ kỹ thuật trực tuyến giải đáp vướng mắc trong quá trình nhập liệu.</p>
<p>Nhiều chi bộ đã tổ chức sinh hoạt “không giấy”: tài liệu được gửi trước qua ứng dụng, đảng viên theo dõi trên máy tính bảng, điện thoại; biên bản và nghị quyết được lưu trữ điện tử. Ứng dụng Sổ tay đảng viên điện tử cũng được khuyến khích sử dụng để cập nhật văn bản mới.</p>
<p>Tuy vậy, ở một số đơn vị có đông đảng viên lớn tuổi hoặc làm việc tại công trường xa, việc khai thác phần mềm còn hạn chế. Đảng ủy Khối yêu cầu các cấp ủy phân công đảng viên trẻ kèm cặp, bảo đảm hoàn thành số hóa toàn bộ hồ sơ trước ngày 30/11.</p>`,
    author: 'Trần Quốc Bảo',
    publishedAt: '2026-08-06T01:20:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Đảng viên trẻ về Bát Xát tìm hiểu công tác bảo vệ chủ quyền biên giới quốc gia',
    lead: 'Trong hai ngày 10 và 11/8, Đảng ủy Khối phối hợp với một đồn biên phòng tổ chức cho 60 đảng viên trẻ tham gia hành trình tìm hiểu công tác quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia tại Bát Xát.',
    bodyHtml: `<p>Đoàn được cán bộ đồn biên phòng giới thiệu về đường biên giới, hệ thống mốc quốc giới và những quy định của pháp luật về khu vực biên giới. Các đảng viên trẻ cũng tham gia tuần tra cùng cán bộ, chiến sĩ trên một đoạn đường biên.</p>
<p>Buổi giao lưu với già làng, người có uy tín ở thôn giáp biên để lại nhiều ấn tượng. Các cụ kể về việc đồng bào tự nguyện nhận tự quản đường biên, cột mốc, cùng bộ đội biên phòng giữ gìn bình yên cho bản làng.</p>
<p>Kết thúc hành trình, đoàn trao tặng 50 suất quà cho học sinh nghèo và tặng đồn biên phòng một tủ sách pháp luật. Mỗi đảng viên sẽ viết bài thu hoạch và trở thành tuyên truyền viên về biên giới tại cơ quan, đơn vị mình.</p>`,
    author: 'Vàng Thị Sinh',
    publishedAt: '2026-08-12T07:45:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Đoàn công tác Đảng ủy Khối làm việc với các doanh nghiệp du lịch Sa Pa',
    lead: 'Ngày 18/8, đoàn công tác Đảng ủy Khối đã làm việc với các tổ chức đảng trong doanh nghiệp du lịch tại Sa Pa, nắm bắt tình hình sản xuất kinh doanh mùa cao điểm hè và những kiến nghị về công tác xây dựng Đảng.',
    bodyHtml: `<p>Theo báo cáo, sáu tháng đầu năm, lượng khách đến Sa Pa tăng so với cùng kỳ; các doanh nghiệp đã đầu tư thêm sản phẩm trải nghiệm, du lịch cộng đồng gắn với văn hóa các dân tộc. Tuy nhiên, việc thiếu lao động có tay nghề vào mùa cao điểm vẫn là khó khăn lớn.</p>
<p>Các tổ chức đảng kiến nghị được hỗ trợ tổ chức lớp học linh hoạt cho đảng viên làm việc theo ca, đồng thời được hướng dẫn thành lập chi bộ ghép ở những doanh nghiệp nhỏ có ít đảng viên.</p>
<p>Đại diện Đảng ủy Khối ghi nhận các kiến nghị, đề nghị các cấp ủy tiếp tục lãnh đạo doanh nghiệp nâng cao chất lượng dịch vụ, giữ gìn hình ảnh điểm đến văn minh, thân thiện và chăm lo quyền lợi của người lao động.</p>`,
    author: 'Đinh Công Thành',
    publishedAt: '2026-08-19T02:50:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Nhìn lại 5 năm thực hiện Kết luận 01-KL/TW về học tập và làm theo Bác',
    lead: 'Hội nghị sơ kết 5 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị do Đảng ủy Khối tổ chức ngày 25/8 đã ghi nhận nhiều mô hình làm theo Bác thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, doanh nghiệp.',
    bodyHtml: `<p>Trong 5 năm, các tổ chức đảng trong Khối đã cụ thể hóa nội dung học tập bằng chuyên đề hằng năm, đưa vào sinh hoạt chi bộ định kỳ. Nhiều cơ quan xây dựng chuẩn mực đạo đức công vụ; nhiều doanh nghiệp đưa tiêu chí làm theo Bác vào văn hóa doanh nghiệp.</p>
<p>Toàn Đảng bộ có hơn 200 mô hình, cách làm hay được nhân rộng, như “Cán bộ thân thiện, người dân hài lòng” ở các cơ quan hành chính, “Mỗi ca làm việc một lời hay ý đẹp” ở các nhà máy, “Tiết kiệm từ những việc nhỏ nhất” ở các đơn vị sự nghiệp.</p>
<p>Hội nghị cũng chỉ ra một số hạn chế như việc đăng ký làm theo ở một số nơi còn chung chung, chưa gắn với đánh giá cán bộ. Dịp này, Đảng ủy Khối khen thưởng 20 tập thể và 35 cá nhân tiêu biểu.</p>`,
    author: 'Hoàng Thị Lan',
    publishedAt: '2026-08-26T01:35:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Cán bộ, đảng viên Khối chung tay hỗ trợ người dân Văn Bàn khắc phục hậu quả mưa lũ',
    lead: 'Sau đợt mưa lớn kéo dài cuối tháng 8 gây sạt lở, ngập úng ở nhiều thôn tại Văn Bàn, Đảng ủy Khối đã phát động ủng hộ và cử đoàn công tác mang nhu yếu phẩm đến tận nơi, kịp thời chia sẻ khó khăn với bà con.',
    bodyHtml: `<p>Chỉ sau ba ngày phát động, các tổ chức đảng, cán bộ, đảng viên và người lao động đã quyên góp được hơn 680 triệu đồng cùng nhiều hàng hóa thiết yếu như gạo, mì tôm, nước uống, chăn màn, thuốc men.</p>
<p>Các đội xung kích của những doanh nghiệp xây dựng, vận tải điều động máy xúc, xe tải hỗ trợ san gạt đất đá, thông tuyến đường vào thôn. Đoàn viên thanh niên giúp bà con dọn dẹp nhà cửa, trường học để kịp đón năm học mới.</p>
<p>Đại diện Đảng ủy Khối cho biết, số tiền ủng hộ sẽ được chuyển qua Ủy ban Mặt trận Tổ quốc để hỗ trợ các hộ bị thiệt hại nặng và sửa chữa công trình công cộng, bảo đảm công khai, đúng đối tượng.</p>`,
    author: 'Lò Thị Mai',
    publishedAt: '2026-08-31T03:25:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Nâng cao chất lượng công tác kiểm tra, giám sát ở các tổ chức đảng trong doanh nghiệp',
    lead: 'Với đặc thù quản lý vốn, tài sản và tổ chức sản xuất kinh doanh, các đảng bộ doanh nghiệp trong Khối đang chú trọng giám sát thường xuyên để phát hiện sớm, nhắc nhở kịp thời, ngăn chặn vi phạm từ khi còn manh nha.',
    bodyHtml: `<p>Tại nhiều đảng bộ, ủy ban kiểm tra đã xây dựng danh mục những lĩnh vực dễ phát sinh sai phạm như mua sắm vật tư, đấu thầu, quản lý chi phí, tuyển dụng lao động để tập trung giám sát. Kết quả giám sát được thông báo trong cấp ủy và tới bộ phận chuyên môn liên quan.</p>
<p>Một số doanh nghiệp kết nối dữ liệu kế toán, kho vật tư với phần mềm quản lý, giúp cấp ủy theo dõi các chỉ số bất thường mà không cần chờ đến kỳ kiểm tra định kỳ.</p>
<p>Theo Ủy ban Kiểm tra Đảng ủy Khối, từ đầu năm đến nay đã giám sát chuyên đề đối với 12 tổ chức đảng và 25 đảng viên; qua đó kịp thời nhắc nhở, chấn chỉnh nhiều thiếu sót trong thực hiện quy chế làm việc và quản lý tài chính.</p>`,
    author: 'Đặng Văn Hải',
    publishedAt: '2026-09-09T02:05:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Hội thi báo cáo viên giỏi năm 2026: nhiều bài nói chuyện sinh động, giàu sức thuyết phục',
    lead: 'Ngày 15/9, Đảng ủy Khối tổ chức vòng chung kết Hội thi báo cáo viên giỏi năm 2026 với 10 thí sinh là báo cáo viên, tuyên truyền viên của các tổ chức cơ sở đảng, trình bày những chủ đề sát với thực tiễn.',
    bodyHtml: `<p>Mỗi thí sinh có 20 phút trình bày bài tuyên truyền tự chọn và trả lời câu hỏi của ban giám khảo. Các chủ đề tập trung vào những điểm mới của Nghị quyết Đại hội XIV, chuyển đổi số, bảo vệ môi trường và xây dựng văn hóa công sở.</p>
<p>Nhiều thí sinh mạnh dạn ứng dụng công nghệ như trình chiếu đồ họa, video ngắn, trò chơi tương tác để thu hút người nghe. Thí sinh Hà Văn Quyết, Đảng bộ Công ty Cổ phần Vận tải Hoàng Liên, giành giải nhất với bài tuyên truyền về an toàn giao thông trên đường đèo, lồng ghép câu chuyện có thật của chính đồng nghiệp.</p>
<p>Ban giám khảo nhận xét, chất lượng hội thi năm nay nâng lên rõ rệt; các bài dự thi tốt sẽ được biên tập thành tài liệu sinh hoạt chung cho các chi bộ.</p>`,
    author: 'Nguyễn Thị Hương',
    publishedAt: '2026-09-16T08:40:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Kỷ niệm 68 năm Ngày Bác Hồ về thăm Lào Cai: nhớ lời Bác dặn, xây dựng quê hương',
    lead: 'Hướng tới kỷ niệm 68 năm Ngày Chủ tịch Hồ Chí Minh về thăm Lào Cai (23/9/1958 - 23/9/2026), các tổ chức đảng trong Khối đã tổ chức nhiều hoạt động ý nghĩa, ôn lại kỷ niệm và nhắc nhau làm theo lời Bác căn dặn.',
    bodyHtml: `<p>Ngày 23/9/1958, Bác Hồ về thăm Lào Cai, gặp gỡ đồng bào các dân tộc, cán bộ, chiến sĩ. Những lời căn dặn của Người về đoàn kết các dân tộc, giữ gìn biên giới và phát triển sản xuất đã trở thành hành trang để Đảng bộ và nhân dân trong tỉnh vượt qua mọi khó khăn.</p>
<p>Hưởng ứng dịp kỷ niệm, các chi bộ tổ chức sinh hoạt chuyên đề về những kỷ niệm của Bác với Lào Cai; Đoàn Thanh niên Khối tổ chức hành trình “Theo lời Bác dặn” cho đoàn viên trẻ, kết hợp thăm hỏi gia đình chính sách và trồng cây xanh tại khuôn viên trường học.</p>
<p>Lãnh đạo Đảng ủy Khối đề nghị mỗi cán bộ, đảng viên coi việc làm theo lời Bác là nhiệm vụ thường xuyên, thể hiện bằng hiệu quả công việc, tinh thần phục vụ nhân dân và sự gương mẫu trong cuộc sống hằng ngày.</p>`,
    author: 'Ban Tuyên giáo Đảng ủy Khối',
    publishedAt: '2026-09-22T01:10:00Z',
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Mang Trung thu ấm áp đến với trẻ em các điểm trường vùng cao Bắc Hà',
    lead: 'Tối 24/9, Đoàn Thanh niên Khối phối hợp với các doanh nghiệp tổ chức chương trình “Trung thu cho em” tại hai điểm trường ở Bắc Hà, tặng gần 400 phần quà và mang đến đêm hội trăng rằm đầy tiếng cười cho các em nhỏ.',
    bodyHtml: `<p>Mỗi phần quà gồm bánh Trung thu, đèn ông sao, sách vở và áo ấm. Các đoàn viên cùng thầy cô giáo bày mâm cỗ, tổ chức rước đèn, múa lân và các trò chơi dân gian ngay trên sân trường.</p>
<p>Lần đầu tiên được cầm chiếc đèn ông sao, em Thào Thị Mỷ, học sinh lớp 3, thích thú khoe với bạn bè. Với nhiều em nhỏ ở đây, đây là đêm Trung thu đầu tiên có cỗ, có đèn và có nhiều khách đến chơi như vậy.</p>
<p>Dịp này, đoàn trao tặng mỗi điểm trường một tủ sách thiếu nhi và một máy lọc nước, góp phần cải thiện điều kiện học tập, sinh hoạt cho học sinh bán trú.</p>`,
    author: 'Vàng Thị Sinh',
    publishedAt: '2026-09-25T01:05:00Z',
  },
  {
    categorySlug: 'hoc-tap-va-lam-theo-bac',
    title: 'Trao giải cuộc thi viết “Chuyện đời thường làm theo Bác” với 160 tác phẩm dự thi',
    lead: 'Sau bốn tháng phát động, cuộc thi viết “Chuyện đời thường làm theo Bác” do Ban Tuyên giáo Đảng ủy Khối tổ chức đã nhận được 160 tác phẩm, phản ánh chân thực những việc làm nhỏ mà ý nghĩa của cán bộ, đảng viên, người lao động.',
    bodyHtml: `<p>Các tác phẩm đa dạng về thể loại, từ ghi chép, tùy bút đến phóng sự ngắn. Nhân vật là những người bình dị như nhân viên bảo vệ, công nhân vệ sinh, kế toán, thợ điện, những người lặng lẽ làm tốt công việc của mình và sẵn lòng giúp đỡ người khác.</p>
<p>Giải nhất thuộc về bài ghi chép <em>Người gác đêm ở trạm bơm</em>, kể về một công nhân hơn mười năm trực đêm bảo đảm nguồn nước sạch cho hàng nghìn hộ dân, từng nhiều lần lội nước lũ để bảo vệ máy bơm.</p>
<p>Ban tổ chức sẽ tuyển chọn 30 tác phẩm tiêu biểu để in thành tập sách, làm tài liệu tham khảo cho các chi bộ trong sinh hoạt chuyên đề về học tập và làm theo Bác.</p>`,
    author: 'Trần Quốc Bảo',
    publishedAt: '2026-10-07T02:25:00Z',
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Hội nghị báo cáo viên tháng 10 thông tin chuyên đề về kinh tế số và thương mại biên giới',
    lead: 'Ngày 14/10, tại hội nghị báo cáo viên định kỳ tháng 10, các báo cáo viên của Đảng ủy Khối đã được nghe chuyên đề về phát triển kinh tế số, thương mại điện tử qua biên giới và những vấn đề đặt ra với doanh nghiệp địa phương.',
    bodyHtml: `<p>Báo cáo viên chuyên đề phân tích xu hướng đưa nông sản địa phương như chè, chuối, dứa lên các sàn thương mại điện tử, cùng với các phương thức thanh toán, thủ tục hải quan điện tử đang được áp dụng tại các cửa khẩu.</p>
<p>Hội nghị cũng thông tin nhanh về tình hình thời sự trong nước, quốc tế nổi bật trong tháng; định hướng tuyên truyền kỷ niệm Ngày Phụ nữ Việt Nam 20/10 và công tác chuẩn bị tổng kết cuối năm.</p>
<p>Các báo cáo viên được yêu cầu truyền đạt lại nội dung hội nghị tại cơ sở trong tháng, đồng thời phản ánh kịp thời tâm tư, nguyện vọng của đảng viên, người lao động về Ban Tuyên giáo Đảng ủy Khối.</p>`,
    author: 'Trịnh Văn Long',
    publishedAt: '2026-10-15T03:05:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Bế giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa III năm 2026',
    lead: 'Sau 10 ngày học tập nghiêm túc, 86 học viên lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa III năm 2026 đã hoàn thành chương trình, 100% đạt yêu cầu, trong đó 31 học viên đạt loại giỏi.',
    bodyHtml: `<p>Học viên là các đảng viên được kết nạp trong năm 2025 và 2026, công tác tại các cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp. Bài thu hoạch cuối khóa yêu cầu mỗi người liên hệ nội dung đã học với nhiệm vụ của chi bộ và của bản thân.</p>
<p>Nhiều học viên đánh giá cao cách giảng dạy gắn lý luận với thực tiễn. Chị Phan Thị Yến, chuyên viên Trung tâm Phục vụ hành chính công tỉnh, cho biết khóa học giúp chị hiểu rõ hơn trách nhiệm của người đảng viên trong việc phục vụ người dân, doanh nghiệp.</p>
<p>Phát biểu bế giảng, đại diện Ban Tổ chức Đảng ủy Khối đề nghị học viên tiếp tục tự học, tự rèn luyện, gương mẫu trong công tác và phấn đấu được công nhận đảng viên chính thức đúng thời hạn.</p>`,
    author: 'Nông Thị Hoa',
    publishedAt: '2026-10-22T01:25:00Z',
  },
  {
    categorySlug: 'tuyen-truyen',
    title: 'Hưởng ứng Ngày Pháp luật Việt Nam, các chi bộ sinh hoạt chuyên đề về tuân thủ pháp luật',
    lead: 'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11, nhiều chi bộ trong Khối đã tổ chức sinh hoạt chuyên đề, phổ biến các luật mới có hiệu lực và bàn cách xây dựng thói quen tuân thủ pháp luật trong cơ quan, doanh nghiệp.',
    bodyHtml: `<p>Tại các chi bộ cơ quan hành chính, nội dung sinh hoạt tập trung vào những quy định mới về công vụ, quản lý tài sản công và tiếp công dân. Ở các đảng bộ doanh nghiệp, đảng viên được phổ biến quy định về lao động, bảo hiểm, an toàn vệ sinh lao động và bảo vệ môi trường.</p>
<p>Nhiều chi bộ mời cán bộ Sở Tư pháp, luật sư tham dự để giải đáp trực tiếp. Một số đơn vị tổ chức hình thức “hỏi nhanh - đáp gọn” với các tình huống gần gũi, giúp người nghe dễ nhớ, dễ áp dụng.</p>
<ul><li>Rà soát quy chế nội bộ cho phù hợp với văn bản pháp luật mới.</li><li>Công khai quy trình giải quyết công việc tại bộ phận tiếp dân.</li><li>Đưa nội dung phổ biến pháp luật vào sinh hoạt chi bộ ít nhất mỗi quý một lần.</li></ul>
<p>Ban Tuyên giáo Đảng ủy Khối đề nghị các chi bộ duy trì hình thức sinh hoạt này, gắn với việc thực hiện quy chế dân chủ ở cơ sở.</p>`,
    author: 'Sần Thị Ngân',
    publishedAt: '2026-11-05T02:35:00Z',
  },
  {
    categorySlug: 'xay-dung-dang',
    title: 'Đảng ủy Khối hướng dẫn kiểm điểm, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm',
    lead: 'Đảng ủy Khối vừa ban hành hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026, yêu cầu lấy kết quả thực hiện nhiệm vụ bằng sản phẩm cụ thể làm thước đo chính, khắc phục tình trạng nể nang, “dĩ hòa vi quý”.',
    bodyHtml: `<p>Theo hướng dẫn, việc kiểm điểm ở chi bộ hoàn thành trước ngày 31/12/2026; các đảng ủy cơ sở hoàn thành đánh giá, xếp loại và báo cáo về Đảng ủy Khối trước ngày 15/1/2027.</p>
<h2>Những điểm cần lưu ý</h2>
<ul><li>Tiêu chí đánh giá được lượng hóa, gắn với chỉ tiêu chuyên môn và chương trình hành động thực hiện nghị quyết.</li><li>Kết quả thực hiện cam kết học tập và làm theo Bác là một căn cứ xếp loại đảng viên.</li><li>Số đảng viên xếp loại “hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “hoàn thành tốt nhiệm vụ”.</li><li>Đảng viên tự đánh giá trên phần mềm quản lý, tạo thuận lợi cho việc tổng hợp.</li></ul>
<p>Đảng ủy Khối lưu ý, cấp ủy viên và người đứng đầu phải gương mẫu tự phê bình trước; ý kiến góp ý phải cụ thể, thẳng thắn, có tính xây dựng.</p>
<p>Những tổ chức đảng có đơn vị chuyên môn không hoàn thành nhiệm vụ hoặc có cán bộ bị xử lý kỷ luật sẽ không được xếp loại cao hơn mức tương ứng theo quy định.</p>`,
    author: 'Trần Văn Minh',
    publishedAt: '2026-11-18T02:00:00Z',
    featured: true,
  },
  {
    categorySlug: 'tin-hoat-dong',
    title: 'Hội nghị giao ban cụm thi đua các đảng bộ doanh nghiệp, tăng tốc về đích năm 2026',
    lead: 'Ngày 19/11, cụm thi đua số 2 gồm 14 đảng bộ doanh nghiệp trực thuộc Đảng ủy Khối tổ chức hội nghị giao ban, chia sẻ kinh nghiệm lãnh đạo sản xuất kinh doanh và thống nhất các giải pháp hoàn thành chỉ tiêu năm 2026.',
    bodyHtml: `<p>Báo cáo tại hội nghị cho thấy, mười tháng qua phần lớn doanh nghiệp trong cụm duy trì sản xuất ổn định, doanh thu tăng so với cùng kỳ, bảo đảm việc làm và thu nhập cho người lao động. Một số doanh nghiệp chế biến nông sản ở Bảo Yên, Bắc Hà mở rộng thị trường nhờ bán hàng trực tuyến.</p>
<p>Các đại biểu trao đổi nhiều kinh nghiệm thiết thực: cách đưa nghị quyết của cấp ủy vào kế hoạch sản xuất, phát huy vai trò đảng viên ở các tổ, đội, xây dựng văn hóa doanh nghiệp gắn với học tập và làm theo Bác.</p>
<p>Hội nghị thống nhất trong những tuần cuối năm, mỗi đảng bộ rà soát các chỉ tiêu còn thấp để có giải pháp tăng tốc; đồng thời chăm lo đời sống, tổ chức Tết an toàn, tiết kiệm cho người lao động.</p>`,
    author: 'Lê Thu Trang',
    publishedAt: '2026-11-20T01:40:00Z',
    featured: true,
  },
  {
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Chiến dịch “Áo ấm đến trường” trao 2.000 áo ấm cho học sinh vùng cao trước mùa rét',
    lead: 'Trước những đợt rét đầu mùa, Đảng ủy Khối và Đoàn Thanh niên Khối đã phát động chiến dịch “Áo ấm đến trường”, trao tặng 2.000 áo ấm cùng chăn, mũ len cho học sinh các điểm trường ở Si Ma Cai, Mường Khương và Bát Xát.',
    bodyHtml: `<p>Chỉ sau hai tuần phát động, các cơ quan, doanh nghiệp trong Khối đã quyên góp được gần 400 triệu đồng. Toàn bộ áo ấm được đặt may mới theo kích cỡ của từng em, chăn và mũ len được phân bổ theo danh sách do nhà trường lập.</p>
<p>Tại điểm trường đầu tiên, các em nhỏ mặc ngay áo mới, hồ hởi xếp hàng nhận quà. Đoàn cũng dành những phần quà riêng cho học sinh khuyết tật đang học hòa nhập, giúp các em thêm tự tin đến lớp.</p>
<p>Đại diện Đoàn Thanh niên Khối cho biết, chiến dịch sẽ tiếp tục đến hết tháng 12, hướng tới các điểm trường xa nhất, nơi nhiệt độ mùa đông có lúc xuống dưới 5 độ C.</p>`,
    author: 'Nguyễn Thu Hà',
    publishedAt: '2026-11-25T03:30:00Z',
    featured: true,
  },
];
