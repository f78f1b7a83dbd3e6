// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the tab and add-in type checks reach this file through shared test helpers; the reference brings the NLP.js declarations with it
/// <reference path="./nlpjs.d.ts" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en-min';
import { locateRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';

/** Everything the bot understands from a typed message; `none` is anything else. */
export const INTENT_NAMES = [
  'new_request',
  'my_requests',
  'status',
  'benefits_review',
  'help',
  'cancel',
  'start_again',
  'restore_draft',
  'greeting',
  'thanks',
  'talk_to_person',
  'it_support',
  'none',
] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

/** Example messages per intent. */
export type IntentCorpus = Record<IntentName, string[]>;

/** The corpus in the repository: `train` teaches the classifier; `held-out` only measures it. */
export function loadIntentCorpus(split: 'train' | 'held-out'): IntentCorpus {
  const file = path.join(__dirname, 'corpus', `intents-${split}.json`);
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as Partial<IntentCorpus>;
  return Object.fromEntries(INTENT_NAMES.map((intent) => [intent, corpus[intent] ?? []])) as IntentCorpus;
}

export interface ClassifiedMessage {
  intent: IntentName;
  /** The classifier's confidence, 0–1. */
  score: number;
  /** A request reference anywhere in the message, normalised (EH-2026-0031). */
  reference?: string;
}

export interface IntentClassifier {
  classify(text: string): Promise<ClassifiedMessage>;
}

/** Below this confidence a message is `none`: the welcome card answers it rather than a guess. */
export const MINIMUM_CONFIDENCE = 0.55;

/** References are one placeholder word to the classifier, however they were typed. */
function withoutReference(text: string): { text: string; reference?: string } {
  const found = locateRequestReference(text);
  if (!found) return { text };
  return { text: `${text.slice(0, found.index)} reference ${text.slice(found.index + found.length)}`, reference: found.reference };
}

interface NlpProcessResult {
  intent: string;
  score: number;
}

interface NlpEngine {
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, utterance: string): Promise<NlpProcessResult>;
}

/**
 * Trains an NLP.js classifier (a small neural network over stemmed words, in process, offline)
 * on the corpus. Takes a few hundred milliseconds, once at start-up.
 */
export async function trainIntentClassifier(corpus: IntentCorpus = loadIntentCorpus('train')): Promise<IntentClassifier> {
  const container = await containerBootstrap();
  container.use(LangEn);
  const nlp = new Nlp({ container, languages: ['en'], autoSave: false, autoLoad: false, nlu: { log: false }, forceNER: false }) as unknown as NlpEngine;
  nlp.addLanguage('en');
  for (const intent of INTENT_NAMES) {
    for (const utterance of corpus[intent]) nlp.addDocument('en', withoutReference(utterance).text, intent);
  }
  await nlp.train();
  return {
    async classify(text) {
      const { text: plain, reference } = withoutReference(text.slice(0, 500));
      const result = await nlp.process('en', plain);
      const known = (INTENT_NAMES as readonly string[]).includes(result.intent) && result.score >= MINIMUM_CONFIDENCE;
      const intent: IntentName = known ? (result.intent as IntentName) : 'none';
      // A reference in a message that asks nothing else is a question about that request.
      if (reference && (intent === 'none' || intent === 'my_requests' || intent === 'help')) return { intent: 'status', score: result.score, reference };
      return { intent, score: result.score, ...(reference ? { reference } : {}) };
    },
  };
}

let trained: Promise<IntentClassifier> | undefined;

/** The classifier trained on the repository's corpus, once per process (every server shares it). */
export function trainedIntentClassifier(): Promise<IntentClassifier> {
  trained ??= trainIntentClassifier().catch((error: unknown) => {
    trained = undefined;
    throw error;
  });
  return trained;
}

/** Held-out accuracy and where the classifier went wrong. */
export interface IntentEvaluation {
  total: number;
  correct: number;
  accuracy: number;
  /** confusion[expected][predicted] = count */
  confusion: Record<IntentName, Record<IntentName, number>>;
  mistakes: { text: string; expected: IntentName; predicted: IntentName }[];
}

export async function evaluateIntentClassifier(classifier: IntentClassifier, heldOut: IntentCorpus = loadIntentCorpus('held-out')): Promise<IntentEvaluation> {
  const confusion = Object.fromEntries(INTENT_NAMES.map((expected) => [expected, Object.fromEntries(INTENT_NAMES.map((predicted) => [predicted, 0]))])) as IntentEvaluation['confusion'];
  const mistakes: IntentEvaluation['mistakes'] = [];
  let total = 0;
  for (const expected of INTENT_NAMES) {
    for (const text of heldOut[expected]) {
      const { intent: predicted } = await classifier.classify(text);
      confusion[expected][predicted] += 1;
      total += 1;
      if (predicted !== expected) mistakes.push({ text, expected, predicted });
    }
  }
  const correct = total - mistakes.length;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, confusion, mistakes };
}
