/**
 * The JSON Schema of `supportscope.config.json`, for editors (checked in at
 * schema/supportscope.config.schema.json by scripts/gen-config-schema.mjs).
 * It describes the file as written: defaults are shown, not required.
 */
import { z } from 'zod';
import { configFileSchema } from './schema.js';

export const CONFIG_SCHEMA_ID = 'urn:supportscope:schema:config:1';

export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'supportscope config',
    description:
      'Exchanges to measure and their support channels, criterion weights and probe settings (supportscope.config.json). Unknown keys are errors.',
    ...rest,
  };
}
