/** The config layer: schema, loading, defaults and the built-in catalog. */
export { loadConfig, loadConfigFile, parseConfig, parseConfigText, CONFIG_FILE_NAME, CONFIG_ENV_VAR } from './load.js';
export type { LoadConfigOptions } from './load.js';
export { catalogConfig, CATALOG, CATALOG_SOURCE } from './catalog.js';
export { DEFAULT_PROBE_SETTINGS, DEFAULT_WEIGHTS } from './defaults.js';
export { configSchema, configFileSchema } from './schema.js';
export { configJsonSchema, CONFIG_SCHEMA_ID } from './json-schema.js';
