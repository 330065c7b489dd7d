import type { InterventionTypeTranslation, InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../../modules/fieldService/contract"
import { translatedOr, translationIn } from "../translations"

type TranslatableType = {
  name: string
  portal_title?: string | null
  portal_short_description?: string | null
  portal_long_description?: string | null
  survey_questions?: SurveyQuestion[] | null
  portal_actions?: PortalAction[] | null
  translations?: InterventionTypeTranslations | null
}

/**
 * The type as a reader of `locale` sees it: every text the business translated replaces the default one, and
 * what it left untranslated keeps the default (the business's own language), never an empty text.
 */
export function localizeType<T extends TranslatableType>(type: T, locale: string | null | undefined): T {
  const translation = translationIn<InterventionTypeTranslation>(type.translations, locale)
  if (!translation) return type
  return {
    ...type,
    name: translatedOr(translation.name, type.name)!,
    portal_title: translatedOr(translation.portal_title, type.portal_title),
    portal_short_description: translatedOr(translation.portal_short_description, type.portal_short_description),
    portal_long_description: translatedOr(translation.portal_long_description, type.portal_long_description),
    survey_questions: type.survey_questions?.map((q) => ({ ...q, label: translatedOr(translation.survey_labels?.[q.id], q.label)! })) ?? type.survey_questions,
    portal_actions: type.portal_actions?.map((a) => ({ ...a, label: translatedOr(translation.action_labels?.[a.id], a.label)! })) ?? type.portal_actions,
  }
}
