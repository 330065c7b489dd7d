import { Button, Checkbox, IconButton, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { renderTemplate, templateProblems, type TemplateValues } from "../../../lib/field-service/templates"
import { Field } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import {
  INTERVENTION_STATUSES,
  PORTAL_ACTION_KINDS,
  SURVEY_QUESTION_KINDS,
  TEMPLATE_CODES,
  type AdminInterventionType,
  type InterventionTypeBody,
  type PortalAction,
  type SurveyQuestion,
} from "../../hooks/api/interventions"
import { decodeEntities } from "./intervention-format"
import { cleanTranslations, translationProblems, TypeTranslations } from "./type-translations"

const TEMPLATES = ["portal_title", "portal_short_description", "portal_long_description"] as const
type TemplateField = (typeof TEMPLATES)[number]

/** Sample values for the live preview; a machine named with markup shows that values are escaped. */
const SAMPLE: TemplateValues = {
  "equipment.name": "Kneadwell <MX-200>",
  "equipment.serial_number": "MX-2024-0042",
  "site.name": "Main bakery",
  "site.city": "Bratislava",
  "account.name": "Alpine Bakeries & Co",
  "type.name": "",
  "intervention.number": "INT-000123",
  scheduled_start: "12 Mar 2026, 09:00",
  scheduled_end: "12 Mar 2026, 11:00",
  "technician.name": "Marek Horváth",
}

const newId = () => Math.random().toString(36).slice(2, 10)

/**
 * Create or edit an intervention type, in a drawer over the types' list. The portal's texts are templates: buttons insert
 * the substitution codes, unknown codes are flagged as staff type (the backend refuses them on save too), and
 * a live preview renders them with sample values, escaped as the portal will show them.
 */
export function TypeDrawer(props: {
  type?: AdminInterventionType
  types: AdminInterventionType[]
  onSubmit: (body: InterventionTypeBody) => Promise<{ intervention_type: AdminInterventionType }>
  isPending: boolean
  onClose: () => void
}) {
  const { type, types, onSubmit, isPending, onClose } = props
  const { t } = useTranslation()
  const [name, setName] = useState(type?.name ?? "")
  const [duration, setDuration] = useState(String(type?.default_duration_minutes ?? 60))
  const [skills, setSkills] = useState((type?.required_skills ?? []).join(", "))
  const [visible, setVisible] = useState(type?.portal_visible ?? true)
  const [bookable, setBookable] = useState(type?.bookable ?? false)
  const [texts, setTexts] = useState<Record<TemplateField, string>>({
    portal_title: type?.portal_title ?? "",
    portal_short_description: type?.portal_short_description ?? "",
    portal_long_description: type?.portal_long_description ?? "",
  })
  const [focused, setFocused] = useState<TemplateField>("portal_title")
  const refs = useRef<Partial<Record<TemplateField, HTMLInputElement | HTMLTextAreaElement | null>>>({})
  const [questions, setQuestions] = useState<SurveyQuestion[]>(type?.survey_questions ?? [])
  const [actions, setActions] = useState<PortalAction[]>(type?.portal_actions ?? [])
  const [translations, setTranslations] = useState(type?.translations ?? {})
  const problems = Object.fromEntries(TEMPLATES.map((field) => [field, texts[field] ? templateProblems(texts[field]) : []])) as Record<TemplateField, string[]>
  const hasProblems = TEMPLATES.some((field) => problems[field].length) || translationProblems(translations)
  const values = { ...SAMPLE, "type.name": name }

  /** Puts `{{code}}` at the caret of the template field last focused. */
  const insert = (code: string) => {
    const element = refs.current[focused]
    const text = texts[focused]
    const at = element?.selectionStart ?? text.length
    const next = `${text.slice(0, at)}{{${code}}}${text.slice(element?.selectionEnd ?? at)}`
    setTexts({ ...texts, [focused]: next })
    requestAnimationFrame(() => {
      element?.focus()
      const caret = at + code.length + 4
      element?.setSelectionRange(caret, caret)
    })
  }

  const submit = async () => {
    if (hasProblems) throw new Error(t("clientPortal.interventions.types.fixTemplates"))
    const body: InterventionTypeBody = {
      name: name.trim(),
      default_duration_minutes: Number(duration),
      required_skills: skills.split(",").map((skill) => skill.trim()).filter(Boolean),
      portal_visible: visible,
      bookable,
      portal_title: texts.portal_title.trim() || null,
      portal_short_description: texts.portal_short_description.trim() || null,
      portal_long_description: texts.portal_long_description.trim() || null,
      survey_questions: questions.filter((question) => question.label.trim()),
      portal_actions: actions.filter((action) => action.label.trim()),
      translations: cleanTranslations(translations),
    }
    const { intervention_type: saved } = await onSubmit(body)
    toast.success(t("clientPortal.interventions.types.saved", { name: saved.name }))
    onClose()
  }

  return (
    <FormDrawer
      title={type ? t("clientPortal.interventions.types.edit") : t("clientPortal.interventions.types.create")}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      className="max-w-3xl"
      testId="type-form"
      saveTestId="type-save"
    >
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="type-name" label={t("clientPortal.interventions.types.fields.name")}>
          <Input id="type-name" value={name} onChange={(event) => setName(event.target.value)} required />
        </Field>
        <Field id="type-duration" label={t("clientPortal.interventions.types.fields.duration")}>
          <Input id="type-duration" type="number" min={5} step={5} value={duration} onChange={(event) => setDuration(event.target.value)} required />
        </Field>
      </div>
      <Field id="type-skills" label={t("clientPortal.interventions.types.fields.skills")} hint={t("clientPortal.interventions.types.fields.skillsHint")}>
        <Input id="type-skills" value={skills} onChange={(event) => setSkills(event.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-6">
        <div className="flex items-center gap-2">
          <Switch id="type-visible" checked={visible} onCheckedChange={setVisible} />
          <Label htmlFor="type-visible">{t("clientPortal.interventions.types.fields.visible")}</Label>
        </div>
        <div className="flex items-center gap-2">
          <Switch id="type-bookable" checked={bookable} onCheckedChange={setBookable} />
          <Label htmlFor="type-bookable">{t("clientPortal.interventions.types.fields.bookable")}</Label>
        </div>
      </div>

      <div className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3">
        <Text size="small" weight="plus">
          {t("clientPortal.interventions.types.templates")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("clientPortal.interventions.types.templatesHint")}
        </Text>
        <div className="flex flex-wrap gap-1" role="group" aria-label={t("clientPortal.interventions.types.codes")}>
          {TEMPLATE_CODES.map((code) => (
            <Button key={code} type="button" size="small" variant="secondary" onClick={() => insert(code)}>
              {`{{${code}}}`}
            </Button>
          ))}
        </div>
        {TEMPLATES.map((field) => {
          const Control = field === "portal_long_description" ? Textarea : Input
          return (
            <Field key={field} id={`type-${field}`} label={t(`clientPortal.interventions.types.fields.${field}`)}>
              <Control
                id={`type-${field}`}
                ref={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
                  refs.current[field] = element
                }}
                value={texts[field]}
                onFocus={() => setFocused(field)}
                onChange={(event: { target: { value: string } }) => setTexts({ ...texts, [field]: event.target.value })}
                aria-invalid={problems[field].length ? true : undefined}
                data-testid={`type-${field}`}
              />
              {problems[field].length ? (
                <Text size="xsmall" className="text-ui-fg-error" data-testid="template-problem">
                  {problems[field].join("; ")}
                </Text>
              ) : null}
            </Field>
          )
        })}
        <div className="rounded-md bg-ui-bg-subtle p-3" aria-live="polite" data-testid="template-preview">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("clientPortal.interventions.types.preview")}
          </Text>
          <Text weight="plus">{decodeEntities(renderTemplate(texts.portal_title || name, values))}</Text>
          {texts.portal_short_description ? <Text size="small">{decodeEntities(renderTemplate(texts.portal_short_description, values))}</Text> : null}
          {texts.portal_long_description ? (
            <Text size="small" className="mt-2 whitespace-pre-line text-ui-fg-subtle">
              {decodeEntities(renderTemplate(texts.portal_long_description, values))}
            </Text>
          ) : null}
        </div>
      </div>

      <div className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus">
            {t("clientPortal.interventions.types.survey")}
          </Text>
          <Button type="button" size="small" variant="secondary" onClick={() => setQuestions([...questions, { id: newId(), kind: "score", label: "", required: true }])}>
            {t("clientPortal.interventions.types.addQuestion")}
          </Button>
        </div>
        {questions.map((question, index) => (
          <div key={question.id} className="grid grid-cols-[1fr_140px_auto_auto] items-center gap-2">
            <Input
              aria-label={t("clientPortal.interventions.types.questionLabel")}
              value={question.label}
              onChange={(event) => setQuestions(questions.map((q, i) => (i === index ? { ...q, label: event.target.value } : q)))}
            />
            <Select value={question.kind} onValueChange={(kind) => setQuestions(questions.map((q, i) => (i === index ? { ...q, kind: kind as SurveyQuestion["kind"] } : q)))}>
              <Select.Trigger aria-label={t("clientPortal.interventions.types.questionKind")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SURVEY_QUESTION_KINDS.map((kind) => (
                  <Select.Item key={kind} value={kind}>
                    {t(`clientPortal.interventions.types.questionKinds.${kind}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <label className="txt-compact-small flex items-center gap-1">
              <Checkbox checked={question.required ?? false} onCheckedChange={(value) => setQuestions(questions.map((q, i) => (i === index ? { ...q, required: value === true } : q)))} />
              {t("clientPortal.interventions.types.required")}
            </label>
            <IconButton type="button" size="small" variant="transparent" aria-label={t("clientPortal.common.delete")} onClick={() => setQuestions(questions.filter((_, i) => i !== index))}>
              <Trash />
            </IconButton>
          </div>
        ))}
      </div>

      <div className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus">
            {t("clientPortal.interventions.types.actions")}
          </Text>
          <Button type="button" size="small" variant="secondary" onClick={() => setActions([...actions, { id: newId(), kind: "create_linked", label: "", conditions: {} }])}>
            {t("clientPortal.interventions.types.addAction")}
          </Button>
        </div>
        {actions.map((action, index) => {
          const update = (patch: Partial<PortalAction>) => setActions(actions.map((a, i) => (i === index ? { ...a, ...patch } : a)))
          const conditions = action.conditions ?? {}
          const setCondition = (key: "min_hours_before_start" | "max_hours_before_start" | "done_within_days", value: string) =>
            update({ conditions: { ...conditions, [key]: value === "" ? undefined : Number(value) } })
          return (
            <div key={action.id} className="flex flex-col gap-2 rounded-md bg-ui-bg-subtle p-2">
              <div className="grid grid-cols-[1fr_180px_180px_auto] items-center gap-2">
                <Input aria-label={t("clientPortal.interventions.types.actionLabel")} value={action.label} onChange={(event) => update({ label: event.target.value })} />
                <Select value={action.kind} onValueChange={(kind) => update({ kind: kind as PortalAction["kind"] })}>
                  <Select.Trigger aria-label={t("clientPortal.interventions.types.actionKind")}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {PORTAL_ACTION_KINDS.map((kind) => (
                      <Select.Item key={kind} value={kind}>
                        {t(`clientPortal.interventions.types.actionKinds.${kind}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Select value={action.target_type_id ?? "same"} onValueChange={(value) => update({ target_type_id: value === "same" ? null : value })} disabled={action.kind === "close"}>
                  <Select.Trigger aria-label={t("clientPortal.interventions.types.targetType")}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="same">{t("clientPortal.interventions.types.sameType")}</Select.Item>
                    {types
                      .filter((candidate) => candidate.id !== type?.id)
                      .map((candidate) => (
                        <Select.Item key={candidate.id} value={candidate.id}>
                          {candidate.name}
                        </Select.Item>
                      ))}
                  </Select.Content>
                </Select>
                <IconButton type="button" size="small" variant="transparent" aria-label={t("clientPortal.common.delete")} onClick={() => setActions(actions.filter((_, i) => i !== index))}>
                  <Trash />
                </IconButton>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("clientPortal.interventions.types.whenStatus")}
                </Text>
                {INTERVENTION_STATUSES.map((status) => (
                  <label key={status} className="txt-compact-xsmall flex items-center gap-1">
                    <Checkbox
                      checked={conditions.statuses?.includes(status) ?? false}
                      onCheckedChange={(value) => {
                        const current = conditions.statuses ?? []
                        const next = value === true ? [...current, status] : current.filter((s) => s !== status)
                        update({ conditions: { ...conditions, statuses: next.length ? next : undefined } })
                      }}
                    />
                    {t(`clientPortal.interventions.statuses.${status}`)}
                  </label>
                ))}
              </div>
              <div className="grid grid-cols-3 gap-2">
                {(["min_hours_before_start", "max_hours_before_start", "done_within_days"] as const).map((key) => (
                  <Field key={key} id={`action-${action.id}-${key}`} label={t(`clientPortal.interventions.types.conditions.${key}`)}>
                    <Input id={`action-${action.id}-${key}`} type="number" min={0} value={conditions[key] ?? ""} onChange={(event) => setCondition(key, event.target.value)} />
                  </Field>
                ))}
              </div>
            </div>
          )
        })}
      </div>

      <TypeTranslations translations={translations} onChange={setTranslations} defaults={{ name, ...texts }} questions={questions} actions={actions} />
    </FormDrawer>
  )
}
