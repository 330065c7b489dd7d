import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RentalAssignment } from "./models/rental-assignment"
import { RentalBlock } from "./models/rental-block"
import { RentalCharge } from "./models/rental-charge"
import { RentalLine } from "./models/rental-line"
import { RentalModel } from "./models/rental-model"
import { RentalRate } from "./models/rental-rate"
import { RentalReservation } from "./models/rental-reservation"
import { RentalSlip } from "./models/rental-slip"
import { RentalUnit } from "./models/rental-unit"

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

class RentalModuleService extends MedusaService({
  RentalModel,
  RentalRate,
  RentalUnit,
  RentalBlock,
  RentalReservation,
  RentalLine,
  RentalAssignment,
  RentalSlip,
  RentalCharge,
}) {
  protected knex(context: Context): Knex {
    const manager = (context.transactionManager ?? context.manager) as RawManager
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * The next number of a series ("R-1001", "BS-1001"): numbers are unique in their table, so two writers
   * taking the same number at once make the second insert fail rather than share it.
   */
  @InjectManager()
  async nextNumber(series: "R" | "BS" | "BR", @MedusaContext() context: Context = {}): Promise<string> {
    const table = series === "R" ? "rental_reservation" : "rental_slip"
    const { rows } = await this.knex(context).raw(
      `select coalesce(max(substring(number from '[0-9]+$')::int), 1000) + 1 as next from "${table}" where number like ?`,
      [`${series}-%`]
    )
    return `${series}-${rows[0].next}`
  }
}

export default RentalModuleService
