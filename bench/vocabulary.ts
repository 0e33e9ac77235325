// Words and phrases of a provincial Party committee's news, for bench/search.ts. COMMON is ordered
// roughly from most to least frequent: the generator draws from it with Zipf weights, so "Đảng ủy"
// is in nearly every article (as on the real portal) while the tail is uncommon. RARE items (places,
// specific programmes) each land in only a few dozen of the 50,000 articles.
const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim().normalize('NFC'))
    .filter(Boolean);

export const COMMON = list(`
  và | các | của | trong | được | với | cho | đã | những | có | theo | tại | về | từ | là | này | để | năm |
  cán bộ | đảng viên | Đảng ủy Khối | công tác | tổ chức | thực hiện | triển khai | chi bộ | Đảng bộ |
  cơ quan | doanh nghiệp | tỉnh Lào Cai | hội nghị | nghị quyết | kế hoạch | nhiệm vụ | lãnh đạo |
  đồng chí | Bí thư | Phó Bí thư | Ban Thường vụ | Ban Chấp hành | đơn vị | cơ sở | chỉ đạo | quán triệt |
  học tập | làm theo | tư tưởng | đạo đức | phong cách Hồ Chí Minh | Chủ tịch Hồ Chí Minh | xây dựng Đảng |
  chỉnh đốn Đảng | hệ thống chính trị | trong sạch | vững mạnh | tiếp tục | đồng thời | góp phần | nhằm |
  nâng cao | chất lượng | hiệu quả | sinh hoạt chi bộ | kiểm tra | giám sát | Ủy ban Kiểm tra | kỷ luật Đảng |
  phát triển đảng viên | kết nạp | quần chúng ưu tú | đoàn viên | thanh niên | công đoàn | hội viên |
  Đoàn Thanh niên | Công đoàn cơ sở | Hội Cựu chiến binh | Hội Liên hiệp Phụ nữ | người lao động | công chức |
  viên chức | nhân dân | tuyên truyền | giáo dục | chính trị | lý luận | bồi dưỡng | lớp học | giảng viên |
  báo cáo viên | tọa đàm | hội thảo | cuộc thi | tìm hiểu | chuyên đề | năm 2025 | năm 2024 | nhiệm kỳ |
  2020 - 2025 | 2025 - 2030 | Đại hội | đại biểu | văn kiện | Nghị quyết Trung ương | Bộ Chính trị |
  Ban Bí thư | Tỉnh ủy | Ủy ban nhân dân tỉnh | Hội đồng nhân dân | Mặt trận Tổ quốc | sở | ban | ngành |
  kinh tế | xã hội | văn hóa | quốc phòng | an ninh | chuyển đổi số | cải cách hành chính | dân vận khéo |
  quy chế dân chủ | thi đua | khen thưởng | tập thể | cá nhân | tiêu biểu | xuất sắc | hoàn thành tốt |
  đánh giá | xếp loại | sơ kết | tổng kết | sáu tháng đầu năm | phương hướng | giải pháp | mục tiêu |
  chỉ tiêu | kết quả | đạt | vượt | tổng số | tỷ lệ | phần trăm | triệu đồng | tỷ đồng | ngân sách | đầu tư |
  sản xuất | kinh doanh | tăng trưởng | doanh thu | nộp ngân sách | việc làm | thu nhập | an sinh xã hội |
  giảm nghèo bền vững | nông thôn mới | vùng cao | đồng bào | dân tộc thiểu số | biên giới | miền núi |
  thành phố Lào Cai | thị xã Sa Pa | Bát Xát | Bảo Thắng | Bảo Yên | Văn Bàn | Bắc Hà | Mường Khương |
  ngày truyền thống | kỷ niệm | thành lập | ngày thành lập Đảng | 3/2 | 19/5 | 2/9 | Quốc khánh | chào mừng |
  dâng hương | tri ân | gia đình chính sách | thương binh | liệt sĩ | người có công | trao tặng | quà |
  học sinh | sinh viên | trường học | bệnh viện | y tế | điện lực | ngân hàng | thuế | kho bạc | bảo hiểm xã hội |
  công ty | tập đoàn | khu công nghiệp | du lịch | giao thông | môi trường | tài nguyên | khoáng sản | apatit |
  đất đai | quy hoạch | dự án | công trình | hạ tầng | nông nghiệp | lâm nghiệp | trồng rừng | chè | quế |
  chương trình | đề án | phong trào | mô hình | điển hình | gương người tốt việc tốt | sáng kiến | đổi mới |
  trách nhiệm | nêu gương | người đứng đầu | cấp ủy | ủy viên | trưởng ban | giám đốc | phó giám đốc |
  chủ tịch | thường trực | văn phòng | phòng | bộ phận | cổng thông tin điện tử | báo chí | mạng xã hội |
  bảo vệ nền tảng tư tưởng của Đảng | đấu tranh | phản bác | quan điểm sai trái | thù địch | dư luận |
  tình hình tư tưởng | nắm bắt | tâm trạng | hòa giải | khiếu nại | tố cáo | tiếp công dân | đối thoại |
  phòng chống tham nhũng | lãng phí | tiêu cực | thanh tra | kiểm toán | minh bạch | công khai |
  an toàn lao động | phòng cháy chữa cháy | thiên tai | mưa lũ | sạt lở | khắc phục hậu quả | ủng hộ |
  quỹ vì người nghèo | nhà đại đoàn kết | áo ấm | vùng khó khăn | tình nguyện | hiến máu | mùa hè xanh |
  thể thao | văn nghệ | giải bóng chuyền | hội thao | giao lưu | ký kết | phối hợp | quy chế | ký kết phối hợp |
  số hóa | phần mềm | hồ sơ điện tử | dịch vụ công trực tuyến | chữ ký số | họp trực tuyến | điểm cầu |
  tinh gọn bộ máy | sắp xếp | sáp nhập | hợp nhất | biên chế | luân chuyển | điều động | bổ nhiệm | quy hoạch cán bộ
`);

export const RARE = list(`
  xã Y Tý | xã Tả Van | bản Cát Cát | Si Ma Cai | Bản Xèo | Mường Hum | Phong Hải | Nậm Xé | Thải Giàng Phố |
  Lùng Phình | Cốc Ly | Tả Phìn | Hầu Thào | Bản Hồ | đỉnh Fansipan | ruộng bậc thang | cửa khẩu Kim Thành |
  tuyến cao tốc Nội Bài - Lào Cai | đường sắt khổ tiêu chuẩn | nhà máy tuyển quặng | mỏ đồng Sin Quyền |
  đồng bào Dao đỏ | Mông hoa | lễ hội Gầu Tào | chợ phiên Bắc Hà | cây ăn quả ôn đới | lê Tai Nung |
  mận Tam hoa | gạo Séng Cù | cá hồi Sa Pa | Hội Nông dân | hợp tác xã chè Shan tuyết
`);

/** Vietnamese person names for bylines. */
export const AUTHORS = list(`
  Nguyễn Thị Hương | Trần Văn Minh | Lê Thị Thu Hà | Phạm Đức Thắng | Hoàng Thị Lan | Vũ Quang Huy |
  Đỗ Thị Ngọc | Giàng A Páo | Lù Thị Mỷ | Sần Văn Chư | Ban Tuyên giáo Đảng ủy Khối | Văn phòng Đảng ủy Khối
`);
