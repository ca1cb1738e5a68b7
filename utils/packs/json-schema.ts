import { toJSONSchema } from 'zod/mini';
import { PackSchema } from './schema';

/**
 * docs/pack.schema.json, as text: the JSON Schema of a pack as one writes it (defaults may be left out), generated
 * from PackSchema. Checks that JSON Schema cannot say (a host in its canonical form, unique ids, the signature)
 * are the extension's own; the schema says what a valid file looks like to an editor or a publishing script.
 */
export function packJsonSchema(): string {
  const schema = toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: '填报助手知识包 / tianbao knowledge pack' }, null, 2)}\n`;
}
