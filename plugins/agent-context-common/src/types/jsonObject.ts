import { JsonObject, JsonValue } from '@backstage/types';
import { z } from 'zod/v4';

/**
 * A JSON object, such as a filter predicate or a section's facts. Only its
 * top level is checked: its values came from JSON, and the one that means
 * something (a predicate) is read by its own parser; walking a hostile
 * body nested thousands deep would only spend the stack.
 */
export function jsonObject(
  options: { error?: string } = {},
): z.ZodType<JsonObject> {
  return z.record(z.string(), z.custom<JsonValue>(), options);
}
