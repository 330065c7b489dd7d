import { Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { templateProblems } from "../../../lib/field-service/templates"
import { Field } from "../common/query-state"
import type { InterventionTypeTranslation, InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../../hooks/api/interventions"

/** The languages the business writes to clients in (the portal's and the e-mails'). */
const LANGUAGES = ["en", "fr", "it", "sk"] as const
const TEXTS = ["name", "portal_title", "portal_short_description", "portal_long_description"] as const

/** A translation without any text is no translation: the portal then shows the default texts. */
export function cleanTranslations(translations: InterventionTypeTranslations): InterventionTypeTranslations {
  const kept: InterventionTypeTranslations = {}
  for (const [language, translation] of Object.entries(translations)) {
    if (!translation) continue
    const labels = (map?: Record<string, string>) => Object.fromEntries(Object.entries(map ?? {}).filter(([, label]) => label.trim()))
    const cleaned: InterventionTypeTranslation = {
      ...Object.fromEntries(TEXTS.map((field) => [field, translation[field]?.trim() || null])),
      survey_labels: labels(translation.survey_labels),
      action_labels: labels(translation.action_labels),
    }
    const empty = TEXTS.every((field) => !cleaned[field]) && !Object.keys(cleaned.survey_labels!).length && !Object.keys(cleaned.action_labels!).length
    if (!empty) kept[language] = cleaned
  }
  return kept
}

/** Whether any translated template has a problem the backend would refuse. */
export const translationProblems = (translations: InterventionTypeTranslations) =>
  Object.values(translations).some((translation) => (["portal_title", "portal_short_description", "portal_long_description"] as const).some((field) => translation?.[field] && templateProblems(translation[field]!).length))

/**
 * The type's portal texts, survey questions and action labels in one more language at a time: each field shows the
 * default text as its placeholder, and what staff leave empty falls back to it in the portal.
 */
export function TypeTranslations(props: {
  translations: InterventionTypeTranslations
  onChange: (translations: InterventionTypeTranslations) => void
  defaults: Record<(typeof TEXTS)[number], string>
  questions: SurveyQuestion[]
  actions: PortalAction[]
}) {
  const { translations, onChange, defaults, questions, actions } = props
  const { t } = useTranslation()
  const [language, setLanguage] = useState<string>("fr")
  const current = translations[language] ?? {}
  const update = (patch: Partial<InterventionTypeTranslation>) => onChange({ ...translations, [language]: { ...current, ...patch } })
  const id = (field: string) => `type-translation-${language}-${field}`
  /** One field per question or action with a label, its default label as the placeholder. */
  const labelFields = (field: "survey_labels" | "action_labels", items: { id: string; label: string }[], prefix: string, message: string) =>
    items
      .filter((item) => item.label.trim())
      .map((item) => (
        <Field key={item.id} id={id(`${prefix}-${item.id}`)} label={t(message, { label: item.label })}>
          <Input
            id={id(`${prefix}-${item.id}`)}
            value={current[field]?.[item.id] ?? ""}
            placeholder={item.label}
            onChange={(event) => update({ [field]: { ...current[field], [item.id]: event.target.value } })}
          />
        </Field>
      ))

  return (
    <div className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3" data-testid="type-translations">
      <div className="flex items-center justify-between gap-2">
        <div>
          <Text size="small" weight="plus">
            {t("clientPortal.interventions.types.translations")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("clientPortal.interventions.types.translationsHint")}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Label htmlFor="type-translation-language" size="small">
            {t("clientPortal.interventions.types.language")}
          </Label>
          <Select value={language} onValueChange={setLanguage}>
            <Select.Trigger id="type-translation-language" className="w-40" data-testid="type-translation-language">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {LANGUAGES.map((code) => (
                <Select.Item key={code} value={code}>
                  {t(`clientPortal.interventions.types.languages.${code}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {TEXTS.map((field) => {
        const Control = field === "portal_long_description" ? Textarea : Input
        const value = current[field] ?? ""
        const problems = field !== "name" && value ? templateProblems(value) : []
        return (
          <Field key={field} id={id(field)} label={t(`clientPortal.interventions.types.fields.${field}`)}>
            <Control
              id={id(field)}
              value={value}
              placeholder={defaults[field]}
              onChange={(event: { target: { value: string } }) => update({ [field]: event.target.value })}
              aria-invalid={problems.length ? true : undefined}
              data-testid={`type-translation-${field}`}
            />
            {problems.length ? (
              <Text size="xsmall" className="text-ui-fg-error">
                {problems.join("; ")}
              </Text>
            ) : null}
          </Field>
        )
      })}
      {labelFields("survey_labels", questions, "question", "clientPortal.interventions.types.translatedQuestion")}
      {labelFields("action_labels", actions, "action", "clientPortal.interventions.types.translatedAction")}
    </div>
  )
}
