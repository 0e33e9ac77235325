// Data file: demo content (Vietnamese words by nature), exempt from the text and size rules of check-shape.
// The demo portal's contact details and About page, written for congtin (not an official text).
export const demoContact = {
  address: 'Tầng 5, khối 7, Trụ sở Khối các cơ quan tỉnh, phường Nam Cường, tỉnh Lào Cai',
  phone: '0214 3800 000',
  email: 'vanphong@congtin.demo',
};

export const demoAboutHtml = `<h2>Chức năng, nhiệm vụ</h2>
<p>Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai là cơ quan lãnh đạo của Đảng bộ Khối giữa hai kỳ đại hội, trực thuộc Tỉnh ủy. Đảng ủy Khối lãnh đạo các tổ chức cơ sở đảng trong các cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp trên địa bàn tỉnh thực hiện nhiệm vụ chính trị, xây dựng tổ chức đảng trong sạch, vững mạnh.</p>
<h2>Cơ cấu tổ chức</h2>
<ul>
<li>Ban Thường vụ Đảng ủy Khối</li>
<li>Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra, Văn phòng Đảng ủy Khối</li>
<li>Các đảng bộ cơ sở, chi bộ cơ sở trong cơ quan và doanh nghiệp</li>
<li>Công đoàn Viên chức, Đoàn Thanh niên Khối</li>
</ul>
<h2>Cổng thông tin</h2>
<p>Cổng thông tin điện tử đăng tải tin hoạt động, văn bản chỉ đạo, điểm tin hằng ngày và theo dõi việc thực hiện các kế hoạch của Đảng ủy Khối, phục vụ cán bộ, đảng viên và bạn đọc.</p>`;
