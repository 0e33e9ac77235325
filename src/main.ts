// Starts the server: config → createApp → listen; on SIGTERM/SIGINT stops accepting, flushes the
// hit buffer and closes the database before exiting.
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { createHttpServer } from './server.js';
import { configText } from './config.vi.js';
import { demoLoginLine } from './demo/demo-login.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const congtin = await createApp(config);
  const { logger } = congtin;
  const server = createHttpServer(congtin);
  const siteUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const demoLogin = demoLoginLine(await congtin.accounts.service.listUsers(), siteUrl);
  server.listen(config.port, config.host, () => {
    logger.info({ port: config.port, host: config.host, database: congtin.dialect }, configText.running(config.port));
    // For a person, not a log collector: how to try the demo, and that it is not for real use.
    if (demoLogin) console.log(demoLogin);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    try {
      await congtin.close();
      logger.info('hits flushed, database closed');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
