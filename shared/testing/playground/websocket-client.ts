import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * A minimal WebSocket client (RFC 6455: text frames, ping/pong, close) for reading the Agents
 * Playground's message stream in tests. Node 20 has no WebSocket without a flag, and this avoids
 * depending on a package that only arrives transitively.
 */
export class WebSocketClient {
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];

  private constructor(
    private readonly socket: Duplex,
    private readonly onText: (text: string) => void,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.readFrames();
    });
    socket.on('error', () => undefined);
  }

  static connect(url: string, onText: (text: string) => void): Promise<WebSocketClient> {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
      const request = http.request({
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
      });
      request.once('upgrade', (_response, socket, head) => {
        const client = new WebSocketClient(socket, onText);
        if (head.length > 0) socket.emit('data', head);
        resolve(client);
      });
      request.once('response', (response) => reject(new Error(`WebSocket upgrade refused: HTTP ${response.statusCode}`)));
      request.once('error', reject);
      request.end();
    });
  }

  close(): void {
    this.sendFrame(0x8, Buffer.alloc(0));
    this.socket.end();
    this.socket.destroy();
  }

  private readFrames(): void {
    for (;;) {
      if (this.buffer.length < 2) return;
      const first = this.buffer[0]!;
      const second = this.buffer[1]!;
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (second & 0x80) !== 0;
      const maskOffset = offset;
      if (masked) offset += 4;
      if (this.buffer.length < offset + length) return;
      const payload = Buffer.from(this.buffer.subarray(offset, offset + length));
      if (masked) for (let index = 0; index < payload.length; index += 1) payload[index]! ^= this.buffer[maskOffset + (index % 4)]!;
      this.buffer = this.buffer.subarray(offset + length);
      const opcode = first & 0x0f;
      const final = (first & 0x80) !== 0;
      if (opcode === 0x9) this.sendFrame(0xa, payload);
      else if (opcode === 0x8) this.socket.end();
      else if (opcode === 0x1 || opcode === 0x0) {
        this.fragments.push(payload);
        if (final) {
          this.onText(Buffer.concat(this.fragments).toString('utf8'));
          this.fragments = [];
        }
      }
    }
  }

  /** Client frames must be masked. */
  private sendFrame(opcode: number, payload: Buffer): void {
    const mask = randomBytes(4);
    const header = payload.length < 126 ? Buffer.from([0x80 | opcode, 0x80 | payload.length]) : Buffer.from([0x80 | opcode, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
    const body = Buffer.from(payload);
    for (let index = 0; index < body.length; index += 1) body[index]! ^= mask[index % 4]!;
    if (!this.socket.destroyed) this.socket.write(Buffer.concat([header, mask, body]));
  }
}
