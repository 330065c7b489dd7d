import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { findIntervention, interventionNotFound } from "../../lib/field-service/interventions"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import { INTERVENTION_EVENTS, type SurveyAnswers, type SurveyQuestion } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"

export type AnswerSurveyInput = {
  intervention_id: string
  scope: { account_id: string; site_ids: string[] | null; id: string | null }
  answers: SurveyAnswers
  member_id: string | null
  actor_customer_id: string | null
  actor_name: string | null
}

/** PostgreSQL's unique_violation: the survey of this intervention was answered meanwhile. */
const UNIQUE_VIOLATION = "23505"

/**
 * Each required question answered, each answer of its question's kind (score 1–5, yes/no, text), no unknown
 * question; the first fault is thrown as invalid data naming `answers.<question id>`.
 */
export function checkSurveyAnswers(questions: SurveyQuestion[], answers: SurveyAnswers): void {
  for (const key of Object.keys(answers)) {
    if (!questions.some((q) => q.id === key)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `answers.${key}: no such question`)
  }
  for (const q of questions) {
    const value = answers[q.id]
    if (value === undefined || value === "") {
      if (q.required) throw new MedusaError(MedusaError.Types.INVALID_DATA, `answers.${q.id}: an answer is required`)
      continue
    }
    const fits = q.kind === "score" ? Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 : q.kind === "yes_no" ? typeof value === "boolean" : typeof value === "string"
    if (!fits) throw new MedusaError(MedusaError.Types.INVALID_DATA, `answers.${q.id}: expected ${q.kind === "score" ? "a score from 1 to 5" : q.kind === "yes_no" ? "true or false" : "text"}`)
  }
}

/** PostgreSQL's unique_violation, or the ORM's word for it. */
export const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code
  return code === UNIQUE_VIOLATION || /unique/i.test(String((error as Error).message))
}

/**
 * Stores the client's answers to the type's survey once the visit is done: each required question answered,
 * each answer of its question's kind (score 1–5, yes/no, text), no unknown question. Once per intervention,
 * held by the unique index on intervention_id.
 */
const saveSurveyStep = createStep(
  "save-field-survey-answer",
  async (input: AnswerSurveyInput, { container }) => {
    const i = await findIntervention(container, input.intervention_id, input.scope)
    if (!i) throw interventionNotFound(input.intervention_id)
    if (i.status !== "done") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the survey opens once the visit is done (it is ${i.status})`)
    if (i.survey_answer) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "answers: this survey was already answered")
    const questions = i.type?.survey_questions ?? []
    if (!questions.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "answers: this type of intervention has no survey")
    checkSurveyAnswers(questions, input.answers)
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    try {
      const saved = await service.createInterventionSurveyAnswers({ intervention_id: i.id, answers: input.answers, answered_by_member_id: input.member_id })
      return new StepResponse({ id: i.id, number: i.number, account_id: i.account_id }, saved.id)
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "answers: this survey was already answered")
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).deleteInterventionSurveyAnswers(id)
  }
)

export const answerSurveyWorkflow = createWorkflow("answer-field-survey", (input: AnswerSurveyInput) => {
  const saved = saveSurveyStep(input)
  emitEventStep(
    transform({ input, saved }, ({ input, saved }) => ({
      eventName: INTERVENTION_EVENTS.survey_answered,
      data: { ...saved, actor_customer_id: input.actor_customer_id, actor_name: input.actor_name },
    }))
  )
  return new WorkflowResponse(saved)
})
