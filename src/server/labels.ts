/**
 * The review page's fixed words, one JSON file per language in `labels/`.
 * Every file has the keys of `en.json`; a language without a file reads
 * English. `{name}` slots are filled from the values given.
 */
import en from './labels/en.json' with {type: 'json'}
import es from './labels/es.json' with {type: 'json'}
import fr from './labels/fr.json' with {type: 'json'}
import pt from './labels/pt.json' with {type: 'json'}

export type LabelKey = keyof typeof en
export type Say = (key: LabelKey, values?: Record<string, string | number>) => string

const byLanguage: Record<string, Record<LabelKey, string>> = {en, es, fr, pt}

/** The language's labels when it has them, else English. */
export function labelLanguage(language: string | null | undefined): string {
  return language && byLanguage[language] ? language : 'en'
}

/** Fixed words in one language. */
export function labelsFor(language: string | null | undefined): Say {
  const own = byLanguage[labelLanguage(language)]!
  return (key, values = {}) => (own[key] ?? en[key]).replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot))
}

/** The best of our languages for an `Accept-Language` header; English when none fits. */
export function negotiateLanguage(header: string | undefined): string {
  if (!header) return 'en'
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';')
      const quality = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean)
      return {language: tag.trim().slice(0, 2).toLowerCase(), quality: quality === undefined ? 1 : Number(quality)}
    })
    .filter((entry) => entry.quality > 0 && byLanguage[entry.language])
    .sort((a, b) => b.quality - a.quality)
  return ranked[0]?.language ?? 'en'
}
