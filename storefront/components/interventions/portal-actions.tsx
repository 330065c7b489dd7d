"use client"

import { useActionState, useEffect } from "react"
import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { Link } from "@/i18n/navigation"
import type { StoreIntervention } from "@/lib/data/interventions"
import { portalActionAction } from "./intervention-actions"
import { initialPortalActionFormState, type PortalActionFormState } from "./portal-action-state"

type Action = StoreIntervention["actions"][number]
type Question = StoreIntervention["survey_questions"][number]

/**
 * The type's portal actions whose conditions hold now, each behind a disclosure: a new visit or one linked
 * to this one (with what the client needs), or closing the visit with its survey. The backend checks the
 * conditions again: a refusal names the condition in the client's words.
 */
export function PortalActions({ intervention, linkable }: { intervention: StoreIntervention; linkable: boolean }) {
  const t = useTranslations("Interventions.portalActions")
  if (!intervention.actions.length && !intervention.survey_answered) return null
  return (
    <section aria-labelledby="portal-actions-title" className="mt-6 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="portal-actions">
      <h2 id="portal-actions-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {intervention.survey_answered ? (
        <p role="status" className="mt-3 rounded-xl border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="survey-answered">
          {t("answered")}
        </p>
      ) : null}
      {intervention.actions.length ? (
        <ul className="mt-3 space-y-3">
          {intervention.actions.map((action) => (
            <li key={action.id}>
              <PortalActionForm interventionId={intervention.id} action={action} questions={intervention.survey_questions} linkable={linkable} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function PortalActionForm({ interventionId, action, questions, linkable }: { interventionId: string; action: Action; questions: Question[]; linkable: boolean }) {
  const t = useTranslations("Interventions.portalActions")
  const router = useRouter()
  const [state, formAction, pending] = useActionState(portalActionAction, initialPortalActionFormState)
  const closing = action.kind === "close"
  const base = `action-${action.id}`
  useEffect(() => {
    // A close changes this page (the survey is answered); a created visit shows its confirmation in place.
    if (state.result && !state.result.created) router.refresh()
  }, [state.version])

  if (state.result?.created) {
    return (
      <p role="status" className="rounded-xl border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="portal-action-done">
        {t("created", { number: state.result.number })}{" "}
        {linkable ? (
          <Link href={`/interventions/${state.result.id}`} className="font-medium underline underline-offset-2">
            {t("open", { number: state.result.number })}
          </Link>
        ) : null}
      </p>
    )
  }
  return (
    <details className="rounded-xl border border-slate-200 p-3" data-testid={`portal-action-${action.id}`}>
      <summary className="cursor-pointer font-medium text-brand-700 underline-offset-2 hover:underline">{action.label}</summary>
      <form action={formAction} className="mt-3 space-y-4" aria-busy={pending}>
        <input type="hidden" name="intervention_id" value={interventionId} />
        <input type="hidden" name="action_id" value={action.id} />
        <input type="hidden" name="kind" value={action.kind} />
        {closing ? (
          questions.map((q) => <SurveyQuestionField key={q.id} id={`${base}-${q.id}`} question={q} />)
        ) : (
          <div>
            <label htmlFor={`${base}-description`} className="block text-sm font-medium text-slate-900">
              {t(action.kind === "create_linked" ? "linkedDescription" : "newDescription")}
            </label>
            <textarea id={`${base}-description`} name="description" rows={3} required maxLength={5000} className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
          </div>
        )}
        <ActionError state={state} />
        <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70" data-testid="portal-action-submit">
          {pending ? t("sending") : closing ? t("close") : t("send")}
        </button>
      </form>
    </details>
  )
}

function SurveyQuestionField({ id, question }: { id: string; question: Question }) {
  const t = useTranslations("Interventions.portalActions")
  const hidden = (
    <>
      <input type="hidden" name={`kind.${question.id}`} value={question.kind} />
      <input type="hidden" name={`required.${question.id}`} value={question.required ? "true" : "false"} />
    </>
  )
  const legend = (
    <legend className="text-sm font-medium text-slate-900">
      {question.label}
      {question.required ? <span className="text-slate-600"> {t("required")}</span> : null}
    </legend>
  )
  if (question.kind === "text") {
    return (
      <div>
        {hidden}
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {question.label}
          {question.required ? <span className="text-slate-600"> {t("required")}</span> : null}
        </label>
        <textarea id={id} name={`answer.${question.id}`} rows={2} maxLength={5000} required={question.required} className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
      </div>
    )
  }
  const choices: [string, string][] = question.kind === "score" ? ["1", "2", "3", "4", "5"].map((n) => [n, n]) : [["true", t("yes")], ["false", t("no")]]
  return (
    <fieldset>
      {hidden}
      {legend}
      <div className="mt-2 flex flex-wrap gap-2">
        {choices.map(([value, label]) => (
          <label key={value} className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-2 rounded-lg border border-slate-300 px-3 has-checked:border-brand-600 has-checked:bg-brand-50">
            <input type="radio" name={`answer.${question.id}`} value={value} required={question.required} className="size-4" />
            <span className="text-sm text-slate-900">{question.kind === "score" ? t("score", { score: label }) : label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function ActionError({ state }: { state: PortalActionFormState }) {
  const t = useTranslations("Interventions")
  if (!state.error) return null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="portal-action-error">
      <p className="font-medium">{state.error === "answer_required" ? t("portalActions.answerRequired") : t(`errors.${state.error}`)}</p>
      {state.rule ? <p className="mt-1" data-testid="portal-action-rule">{t(`portalActions.rules.${state.rule}`)}</p> : null}
      {state.detail ? <p className="mt-1">{state.detail}</p> : null}
    </div>
  )
}
