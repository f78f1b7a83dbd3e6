import { findDemoUser } from '../../../shared/demo/demo-users';
import { cardText } from '../../../shared/testing/playground/card-reading';
import { usePlaygroundSession } from '../../../shared/testing/playground/use-playground-session';

/**
 * In Microsoft 365 Agents Playground: the officer asks where their request stands and is told, in
 * plain words, which body will decide it and roughly when (from the council's constitution).
 */
const priya = findDemoUser('priya.shah')!;
const session = usePlaygroundSession(priya);

it('tells the officer which body decides their request and at which meeting', async () => {
  const since = session.client.messages.length;
  // Priya's "Automated benefits evidence upload": £15,000 capital and £4,000 a year, £35,000 over five years.
  await session.client.say('status EH-2026-0006');
  const message = await session.client.waitForMessage((candidate) => cardText(candidate.cards[0]).includes('EH-2026-0006'), { since, what: 'the status card' });
  const text = cardText(message.cards[0]);
  expect(text).toContain('Who decides');
  expect(text).toMatch(/The Digital Group will decide this at its meeting on \d{1,2} [A-Z][a-z]+ 20\d\d\./);
});
