// Sets a user's password from the command line, for the day the only admin forgets theirs:
//   npm run reset-password -- quantri@example.vn      (the new password is read from stdin)
// It uses the same configuration (DATABASE_URL, DATA_DIR) and the same rules as the admin page,
// ends the user's sessions, enables the account and writes an audit entry.
import { createInterface } from 'node:readline/promises';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

async function main() {
  const email = process.argv[2]?.normalize('NFC').toLowerCase();
  if (!email) {
    console.error('Cách dùng: npm run reset-password -- email@vi-du.vn   (nhập mật khẩu mới khi được hỏi)');
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Mật khẩu mới: ');
  const password = (await rl.question('')).replace(/\r?\n$/, '');
  rl.close();
  const congtin = await createApp({ ...loadConfig(), demoContent: false, logLevel: 'warn' });
  try {
    const user = (await congtin.accounts.service.listUsers()).find((u) => u.email === email);
    if (!user) {
      console.error(`Không có tài khoản ${email}.`);
      process.exitCode = 1;
      return;
    }
    await congtin.accounts.service.resetPassword(user.id, password);
    await congtin.accounts.service.setDisabled(user.id, false);
    await congtin.accounts.audit.record({
      action: 'user.password_reset',
      actor: 'dòng lệnh',
      target: email,
      detail: 'npm run reset-password',
    });
    console.error(`Đã đặt mật khẩu mới cho ${email}; các phiên đăng nhập cũ đã kết thúc.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await congtin.close();
  }
}

void main();
