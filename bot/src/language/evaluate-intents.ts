import { INTENT_NAMES, evaluateIntentClassifier, trainIntentClassifier, type IntentEvaluation } from './intent-classifier';

const SHORT_NAMES: Record<string, string> = {
  new_request: 'new',
  my_requests: 'mine',
  status: 'status',
  benefits_review: 'benefit',
  help: 'help',
  cancel: 'cancel',
  start_again: 'again',
  restore_draft: 'restore',
  greeting: 'hello',
  thanks: 'thanks',
  talk_to_person: 'person',
  it_support: 'it',
  none: 'none',
};

/** The evaluation as text: accuracy, a confusion table (rows: expected, columns: predicted), the misses. */
export function formatIntentEvaluation(evaluation: IntentEvaluation): string {
  const width = 8;
  const cell = (text: string) => text.padStart(width);
  const lines = [
    `Intent accuracy on the held-out split: ${(evaluation.accuracy * 100).toFixed(1)}% (${evaluation.correct}/${evaluation.total})`,
    '',
    `${'expected \\ got'.padEnd(16)}${INTENT_NAMES.map((name) => cell(SHORT_NAMES[name]!)).join('')}`,
    ...INTENT_NAMES.map((expected) => `${expected.padEnd(16)}${INTENT_NAMES.map((predicted) => cell(evaluation.confusion[expected][predicted] === 0 ? '.' : String(evaluation.confusion[expected][predicted]))).join('')}`),
  ];
  if (evaluation.mistakes.length > 0) {
    lines.push('', 'Misread:');
    for (const mistake of evaluation.mistakes) lines.push(`  "${mistake.text}": expected ${mistake.expected}, got ${mistake.predicted}`);
  }
  return lines.join('\n');
}

/** `npm run bench` starts with this: train on the training split, measure on the held-out one. */
async function main(): Promise<void> {
  const evaluation = await evaluateIntentClassifier(await trainIntentClassifier());
  process.stdout.write(`${formatIntentEvaluation(evaluation)}\n\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
