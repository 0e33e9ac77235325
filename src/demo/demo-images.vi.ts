// The demo illustrations' alt text: what each picture shows, for readers who cannot see it.
export const demoImageAlts = {
  terraces: 'Minh họa ruộng bậc thang xanh dưới chân núi, có hai nếp nhà sàn nhỏ',
  mountains: 'Minh họa dãy núi có đỉnh phủ tuyết lúc bình minh, mây trôi dưới thung lũng',
  'meeting-hall': 'Minh họa hội trường có phông nền đỏ sao vàng, đoàn chủ tịch và hàng ghế đại biểu',
  books: 'Minh họa chồng sách và cuốn sách mở trên bàn dưới ánh đèn',
  flags: 'Minh họa hai lá cờ đỏ sao vàng tung bay trên đồi, dây cờ đuôi nheo phía trên',
  loudspeaker: 'Minh họa cột loa truyền thanh giữa bản làng miền núi',
} as const;

export type DemoImageName = keyof typeof demoImageAlts;
