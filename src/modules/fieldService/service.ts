import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { INTERVENTION_TRANSITIONS, type InterventionStatus, type InterventionTransition } from "./contract"
import { Intervention } from "./models/intervention"
import { InterventionPhoto } from "./models/intervention-photo"
import { InterventionReport } from "./models/intervention-report"
import { InterventionStatusChange } from "./models/intervention-status-change"
import { InterventionSurveyAnswer } from "./models/intervention-survey-answer"
import { InterventionType } from "./models/intervention-type"
import { Technician } from "./models/technician"
import { TechnicianAbsence } from "./models/technician-absence"

/** The columns a state change writes beside the status. */
export type InterventionStateFields = Partial<{
  technician_id: string | null
  scheduled_start: Date | null
  scheduled_end: Date | null
  reschedule_count: number
  cancelled_at: Date | null
  cancellation_reason: string | null
  completed_at: Date | null
}>

export type InterventionStateBefore = InterventionStateFields & { id: string; status: InterventionStatus }

/** A live appointment of a technician, as the booking assistant reads it. */
export type BusyInterval = {
  id: string
  number: string
  technician_id: string
  start: Date
  end: Date
  latitude: number | null
  longitude: number | null
}

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export type InterventionPhotoData = { intervention_id: string; file_id: string; name: string; mime_type: string | null; caption: string | null }

/**
 * The generated methods of InterventionPhoto as they exist at run time: Medusa names them with its `pluralize`
 * ("InterventionPhotos") while its types pluralize "Photo" as "Photoes", a method that does not exist.
 */
type PhotoMethods = {
  createInterventionPhotos(data: InterventionPhotoData[]): Promise<{ id: string }[]>
  deleteInterventionPhotos(ids: string[]): Promise<void>
}

const knexOf = (context: Context): Knex => {
  const manager = context.transactionManager as RawManager | undefined
  const fallback = context.manager as RawManager | undefined
  const m = manager ?? fallback
  if (!m) throw new Error("fieldService: no database manager in context")
  return m.getTransactionContext() ?? m.getKnex()
}

class FieldServiceModuleService extends MedusaService({
  InterventionType,
  Technician,
  TechnicianAbsence,
  Intervention,
  InterventionReport,
  InterventionPhoto,
  InterventionSurveyAnswer,
  InterventionStatusChange,
}) {
  /** Records photos of visits (their bytes already stored by the file module). */
  async addInterventionPhotos(data: InterventionPhotoData[]): Promise<{ id: string }[]> {
    return (this as unknown as PhotoMethods).createInterventionPhotos(data)
  }

  async removeInterventionPhotos(ids: string[]): Promise<void> {
    await (this as unknown as PhotoMethods).deleteInterventionPhotos(ids)
  }

  /**
   * The next intervention number ("INT-1001"…) from a database sequence: unique without a table lock; a
   * number is skipped only when the creation that drew it fails, which is "gapless enough" for a visit.
   */
  @InjectManager()
  async nextInterventionNumber(@MedusaContext() context: Context = {}): Promise<string> {
    const { rows } = await knexOf(context).raw<{ rows: { n: string }[] }>(`select nextval('field_intervention_number_seq') as n`)
    return `INT-${rows[0].n}`
  }

  /**
   * The one way an intervention's status changes: in one transaction, locks the row if its status is still one
   * the transition starts from, writes the new status and `fields`, and answers the row as it was (null when it
   * had moved meanwhile, and nothing was written). The exclusion constraint checks the new window at write.
   */
  @InjectTransactionManager()
  async moveIntervention(
    id: string,
    transition: InterventionTransition,
    fields: InterventionStateFields = {},
    @MedusaContext() context: Context = {}
  ): Promise<InterventionStateBefore | null> {
    const { from, to } = INTERVENTION_TRANSITIONS[transition]
    return this.applyState(id, from, to, fields, context)
  }

  /** Puts an intervention back as `before` says, only where it still reads the state `transition` led to. */
  @InjectTransactionManager()
  async restoreInterventionState(
    transition: InterventionTransition,
    before: InterventionStateBefore,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const { id, status, ...fields } = before
    await this.applyState(id, [INTERVENTION_TRANSITIONS[transition].to], status, fields, context)
  }

  private async applyState(
    id: string,
    from: readonly InterventionStatus[],
    to: InterventionStatus,
    fields: InterventionStateFields,
    context: Context
  ): Promise<InterventionStateBefore | null> {
    const knex = knexOf(context)
    const columns = ["id", "status", ...Object.keys(fields)]
    const [before] = (await knex("field_intervention")
      .select(columns)
      .where("id", id)
      .whereIn("status", [...from])
      .whereNull("deleted_at")
      .forUpdate()) as InterventionStateBefore[]
    if (!before) return null
    await knex("field_intervention")
      .where("id", id)
      .update({ ...fields, status: to, updated_at: knex.fn.now() })
    return before
  }

  /**
   * Live appointments of the given technicians that touch [from, to): what the booking assistant plans around.
   * One indexed query; cancelled and unscheduled interventions hold no time.
   */
  @InjectManager()
  async listBusyIntervals(
    technicianIds: string[],
    from: Date,
    to: Date,
    @MedusaContext() context: Context = {}
  ): Promise<BusyInterval[]> {
    if (!technicianIds.length) return []
    const rows = (await knexOf(context)("field_intervention")
      .select("id", "number", "technician_id", "scheduled_start as start", "scheduled_end as end", "latitude", "longitude")
      .whereIn("technician_id", technicianIds)
      .whereNot("status", "cancelled")
      .whereNull("deleted_at")
      .whereNotNull("scheduled_start")
      .where("scheduled_start", "<", to)
      .where("scheduled_end", ">", from)
      .orderBy("scheduled_start")) as BusyInterval[]
    return rows.map((r) => ({ ...r, start: new Date(r.start), end: new Date(r.end) }))
  }
}

export default FieldServiceModuleService
