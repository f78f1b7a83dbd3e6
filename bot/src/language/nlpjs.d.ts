// NLP.js ships JavaScript without types; these are the few entry points Entrance Hall uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/nlp' {
  export class Nlp {
    constructor(settings: Record<string, unknown>);
  }
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
