import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@entrance-hall/shared/storage/azurite-process';
import { buildPlaygroundConfig, PLAYGROUND_CHATS } from './playground-config';
import { WebSocketClient } from './websocket-client';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** A message the Playground shows in a chat, as its web client receives it. */
export interface PlaygroundMessage {
  messageId: string;
  conversationId: string;
  action: string;
  fromBot: boolean;
  text?: string;
  cards: Record<string, unknown>[];
}

export interface RunningPlayground {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * Starts Microsoft 365 Agents Playground (Microsoft's local Teams client) against a bot endpoint,
 * from a temporary folder holding its configuration (demo council users). No browser is opened.
 */
export async function startAgentsPlayground(options: { botEndpoint: string; config?: string; openBrowser?: boolean; port?: number }): Promise<RunningPlayground> {
  if (!existsSync(CLI)) throw new Error(`The Agents Playground is not installed (${CLI}); run npm install.`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'eh-playground-'));
  writeFileSync(path.join(folder, '.m365agentsplayground.yml'), options.config ?? buildPlaygroundConfig());
  const requested = options.port ?? (await findFreePort());
  const child: ChildProcess = spawn(process.execPath, [CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(requested), '--disable-telemetry'], {
    cwd: folder,
    env: { ...process.env, ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The Agents Playground did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // It silently moves to another port when the one asked for is busy: read the one it took.
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Agents Playground exited (code ${code}) before it was ready; is its configuration valid?\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    const pong = await fetch(`${url}/_debug/ping`).then((response) => response.text(), () => '');
    if (pong === 'pong') break;
    if (attempt > 100) throw new Error('The Agents Playground does not answer /_debug/ping.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Drives the Playground the way its web client does: messages, card actions (Action.Execute
 * invokes and Action.Submit), and the stream of what the bot sends back.
 */
export class PlaygroundClient {
  readonly messages: PlaygroundMessage[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly url: string,
    private readonly userId: string,
    private socket?: WebSocketClient,
  ) {}

  static async connect(playground: Pick<RunningPlayground, 'url'>, userId: string): Promise<PlaygroundClient> {
    const client = new PlaygroundClient(playground.url, userId);
    client.socket = await WebSocketClient.connect(`${playground.url.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`, (text) => client.receive(text));
    return client;
  }

  close(): void {
    this.socket?.close();
  }

  /** Installs the app in the personal chat (what opening the Playground page does). */
  async install(conversationId: string = PLAYGROUND_CHATS.personal): Promise<void> {
    await this.post(`/_debug/conversation/${conversationId}/installation`, {});
  }

  /** Types a message; returns the Playground's id for it. */
  async say(text: string, conversationId: string = PLAYGROUND_CHATS.personal, mentionBot?: { id: string; name: string }): Promise<string> {
    const body = mentionBot
      ? { from: { id: this.userId }, text: `<at>${mentionBot.name}</at> ${text}`, textFormat: 'xml', mentions: [{ mentioned: { id: mentionBot.id }, text: `<at>${mentionBot.name}</at>` }] }
      : { from: { id: this.userId }, text, textFormat: 'plain' };
    const response = (await this.post(`/_conversation/v1/conversations/${conversationId}/messages`, body)) as { messageId: string };
    return response.messageId;
  }

  /** Presses an Action.Execute button on a card; returns the invoke response (the card it is replaced with). */
  async execute(card: PlaygroundMessage, verb: string, data: Record<string, unknown>): Promise<{ type: string; value: unknown }> {
    return (await this.post('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      from: { id: this.userId },
      conversation: { id: card.conversationId },
      replyToId: card.messageId,
    })) as { type: string; value: unknown };
  }

  /** Presses an Action.Submit button (the fallback path): the bot answers with messages and updates. */
  async submit(card: PlaygroundMessage, data: Record<string, unknown>): Promise<void> {
    await this.post('/_conversation/v1/submit', { conversation: { id: card.conversationId }, from: { id: this.userId }, replyToId: card.messageId, value: data });
  }

  /** Waits for the bot to send a message matching `predicate` (after `since` messages), failing clearly after `timeoutMs`. */
  async waitForMessage(predicate: (message: PlaygroundMessage) => boolean, options: { since?: number; timeoutMs?: number; what?: string } = {}): Promise<PlaygroundMessage> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    for (;;) {
      const found = this.messages.slice(options.since ?? 0).find((message) => message.fromBot && predicate(message));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`The bot did not send ${options.what ?? 'the expected message'}. It sent:\n${JSON.stringify(this.messages.slice(options.since ?? 0), null, 1).slice(0, 4000)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private receive(text: string): void {
    let event: { action?: string; actionConversationId?: string; message?: { messageId?: string; from?: { id?: string }; text?: string; attachments?: { contentType?: string; content?: Record<string, unknown> }[] } };
    try {
      event = JSON.parse(text) as typeof event;
    } catch {
      return;
    }
    if (!event.message?.messageId) return;
    this.messages.push({
      messageId: event.message.messageId,
      conversationId: event.actionConversationId ?? '',
      action: event.action ?? '',
      fromBot: event.message.from?.id !== this.userId,
      ...(event.message.text ? { text: event.message.text } : {}),
      cards: (event.message.attachments ?? []).filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive').map((attachment) => attachment.content ?? {}),
    });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private async post(pathname: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${pathname}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`Playground ${pathname} answered ${response.status}: ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}
