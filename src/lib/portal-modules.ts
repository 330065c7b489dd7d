/**
 * The plugin's own modules, by folder name under `src/modules/` (each folder's index.ts exports the module
 * definition under the same camelCase name). This is the one list to extend when a domain module is added:
 * the development host registers exactly these, and a test checks that every module folder is listed and
 * migrated. A merchant's Medusa application needs no such list: it registers a plugin's modules itself.
 */
export const PORTAL_MODULES: readonly string[] = ["clientAccount", "quote", "staffAlert", "fleet", "fieldService", "rental", "support", "billing"]
