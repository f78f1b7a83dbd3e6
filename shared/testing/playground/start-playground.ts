import { startAgentsPlayground } from './agents-playground';
import { buildPlaygroundConfig } from './playground-config';

/**
 * `npm run playground`: opens Microsoft 365 Agents Playground (a local Teams chat) against the bot
 * of a running `npm start` (http://localhost:3978 unless BOT_ENDPOINT says otherwise), signed in as
 * a demo officer of Ashcombe (PLAYGROUND_USER=tom.reed etc. to be someone else). Ctrl-C stops it.
 */
async function startPlayground(): Promise<void> {
  const botEndpoint = process.env.BOT_ENDPOINT ?? 'http://127.0.0.1:3978/api/messages';
  const health = await fetch(new URL('/healthz', botEndpoint)).then((response) => response.ok, () => false);
  if (!health) {
    process.stderr.write(`Entrance Hall is not answering at ${botEndpoint}. Start it first with "npm start" in another terminal.\n`);
    process.exit(1);
  }
  const playground = await startAgentsPlayground({
    botEndpoint,
    config: buildPlaygroundConfig('ashcombe', process.env.PLAYGROUND_USER ?? 'priya.shah'),
    openBrowser: process.env.PLAYGROUND_BROWSER !== 'none',
    port: Number(process.env.PLAYGROUND_PORT ?? 56150),
  });
  process.stdout.write(
    [
      '',
      `Agents Playground: http://localhost:${playground.port}  (a local Teams chat with the Entrance Hall bot)`,
      `Signed in as ${process.env.PLAYGROUND_USER ?? 'priya.shah'} (Ashcombe). Say "new request", "my requests" or "help".`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

startPlayground().catch((error: unknown) => {
  process.stderr.write(`The Agents Playground could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
