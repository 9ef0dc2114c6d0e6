import { loadConfig } from '../../config.js';
import { startServer } from '../../server/main.js';
import { EXIT, type CliCommand } from '../command.js';

export const serveCommand: CliCommand = {
  path: ['serve'],
  summary: 'Run the ITTC server (API and web app) on PORT (3000)',
  usage: '',
  run: async (ctx) => {
    const config = loadConfig();
    const server = await startServer(config);
    ctx.stderr.write(`ITTC on ${server.url.replace('0.0.0.0', 'localhost')} (${server.deps.database.kind})\n`);
    const shutdown = (signal: string) => {
      server.app.log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    return EXIT.ok;
  },
};
