// Two-factor login from the command line, for the operator:
//   npm run two-factor -- reset quantri@example.vn   an admin who lost the phone (and the recovery
//                                                    codes) logs in with the password alone, then
//                                                    turns it on again; their sessions end
//   npm run two-factor -- re-encrypt                 after a key rotation (TWO_FACTOR_KEYS with the
//                                                    new key first): every secret under the new key
// Same configuration (DATABASE_URL, DATA_DIR, TWO_FACTOR_KEYS) as the server; audited.
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const USAGE =
  'Cách dùng: npm run two-factor -- reset email@vi-du.vn   (tắt xác thực hai yếu tố của tài khoản)\n' +
  '           npm run two-factor -- re-encrypt             (mã hóa lại các khóa bí mật bằng khóa đầu tiên của TWO_FACTOR_KEYS)';

type Congtin = Awaited<ReturnType<typeof createApp>>;

async function reset(congtin: Congtin, email: string) {
  const user = (await congtin.accounts.service.listUsers()).find((u) => u.email === email);
  if (!user) {
    console.error(`Không có tài khoản ${email}.`);
    process.exitCode = 1;
    return;
  }
  await congtin.accounts.twoFactor.reset(user.id);
  await congtin.accounts.sessions.endAllFor(user.id);
  await congtin.accounts.audit.record({
    action: 'user.two_factor_reset',
    actor: 'dòng lệnh',
    target: email,
    detail: 'npm run two-factor -- reset',
  });
  console.error(
    `Đã tắt xác thực hai yếu tố của ${email}; các phiên đăng nhập cũ đã kết thúc. Người này đăng nhập bằng mật khẩu rồi bật lại.`,
  );
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  const email = arg?.normalize('NFC').toLowerCase();
  if (!(command === 'reset' && email) && command !== 're-encrypt') {
    console.error(USAGE);
    process.exit(2);
  }
  const congtin = await createApp({ ...loadConfig(), demoContent: false, logLevel: 'warn' });
  try {
    if (command === 'reset') await reset(congtin, email!);
    else console.error(`Đã mã hóa lại ${await congtin.accounts.twoFactor.reEncryptAll()} khóa bí mật bằng khóa mới.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await congtin.close();
  }
}

void main();
