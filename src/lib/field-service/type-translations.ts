import type { InterventionTypeTranslation, InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../../modules/fieldService/contract"

type TranslatableType = {
  name: string
  portal_title?: string | null
  portal_short_description?: string | null
  portal_long_description?: string | null
  survey_questions?: SurveyQuestion[] | null
  portal_actions?: PortalAction[] | null
  translations?: InterventionTypeTranslations | null
}

/** "fr-BE" reads the French texts: the business writes one text per language, not per country. */
const languageOf = (locale: string | null | undefined) => locale?.split("-")[0].toLowerCase() ?? null

function translationFor(type: TranslatableType, locale: string | null | undefined): InterventionTypeTranslation | null {
  const language = languageOf(locale)
  return (language && type.translations?.[language]) || null
}

/**
 * The type as a reader of `locale` sees it: every text the business translated replaces the default one, and
 * what it left untranslated keeps the default (the business's own language), never an empty text.
 */
export function localizeType<T extends TranslatableType>(type: T, locale: string | null | undefined): T {
  const translation = translationFor(type, locale)
  if (!translation) return type
  const pick = (translated: string | null | undefined, fallback: string | null | undefined) => (translated?.trim() ? translated : fallback ?? null)
  return {
    ...type,
    name: pick(translation.name, type.name)!,
    portal_title: pick(translation.portal_title, type.portal_title),
    portal_short_description: pick(translation.portal_short_description, type.portal_short_description),
    portal_long_description: pick(translation.portal_long_description, type.portal_long_description),
    survey_questions: type.survey_questions?.map((q) => ({ ...q, label: pick(translation.survey_labels?.[q.id], q.label)! })) ?? type.survey_questions,
    portal_actions: type.portal_actions?.map((a) => ({ ...a, label: pick(translation.action_labels?.[a.id], a.label)! })) ?? type.portal_actions,
  }
}
