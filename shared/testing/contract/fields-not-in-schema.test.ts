import { z } from 'zod';
import { fieldsNotInSchema } from './fields-not-in-schema';

describe('fieldsNotInSchema', () => {
  const schema = z.object({ id: z.string(), items: z.array(z.object({ name: z.string(), tags: z.record(z.string(), z.number()) })) });
  const check = (sent: unknown) => fieldsNotInSchema(sent, schema.parse(sent));

  it('names nothing when the schema describes every field, records included', () => {
    expect(check({ id: 'a', items: [{ name: 'x', tags: { free: 1 } }] })).toEqual([]);
  });

  it('names each field the schema would strip, with its path', () => {
    expect(check({ id: 'a', extra: true, items: [{ name: 'x', tags: {} }, { name: 'y', tags: {}, budgetProfile: [] }] })).toEqual(['extra', 'items[1].budgetProfile']);
  });
});
