import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A certificate for https on 127.0.0.1, made for one test run; files on disk for processes that read paths. */
export interface LoopbackCertificate {
  certPath: string;
  keyPath: string;
  /** The certificate (PEM): the only thing a test's client trusts it by (`ca`, or NODE_EXTRA_CA_CERTS for a child process). */
  cert: string;
  key: string;
  /** Deletes the files. */
  remove: () => void;
}

/**
 * A self-signed certificate for `127.0.0.1`, valid for a day, made with openssl. Nothing trusts it
 * unless a test hands it over: TLS verification stays on everywhere.
 */
export function createLoopbackCertificate(): LoopbackCertificate {
  const folder = mkdtempSync(path.join(tmpdir(), 'eh-loopback-tls-'));
  const certPath = path.join(folder, 'cert.pem');
  const keyPath = path.join(folder, 'key.pem');
  const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (openssl.status !== 0) throw new Error(`openssl could not make a test certificate: ${openssl.stderr}`);
  return { certPath, keyPath, cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
