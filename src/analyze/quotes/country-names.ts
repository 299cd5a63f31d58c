import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CountryFile {
  countries: Record<string, string | string[]>;
}

/**
 * English country names in lower case ("russia", "united states", "u.s."), read once from the
 * i18n-iso-countries package so a country speaking as a state ("Russia claims …") is an institution.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const file = require('i18n-iso-countries/langs/en.json') as CountryFile;
  const out = new Set<string>();
  for (const v of Object.values(file.countries)) for (const name of Array.isArray(v) ? v : [v]) out.add(name.toLowerCase());
  return out;
})();
