export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __azurite?: { stop: () => Promise<void> } }).__azurite?.stop();
}
