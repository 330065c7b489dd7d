import { model } from "@medusajs/framework/utils"
import type { SurveyAnswers } from "../contract"
import { Intervention } from "./intervention"

/** The client's answers to the type's satisfaction survey: once per intervention (unique intervention_id). */
export const InterventionSurveyAnswer = model.define("field_intervention_survey_answer", {
  id: model.id({ prefix: "isurv" }).primaryKey(),
  answers: model.json<SurveyAnswers>(),
  answered_by_member_id: model.text().nullable(),
  intervention: model.belongsTo(() => Intervention, { mappedBy: "survey_answer" }),
})
