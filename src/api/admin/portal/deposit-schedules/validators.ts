import { z } from "@medusajs/framework/zod"
import { dateField, numberField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"

export const AdminListDepositSchedules = listQuery({ defaultLimit: 20, filters: { account_id: textFilter("account_id") } })
export type AdminListDepositSchedulesType = z.infer<typeof AdminListDepositSchedules>

export const AdminCreateDepositSchedule = z
  .object({
    account_id: z.string({ message: "account_id is required" }).trim().min(1, { message: "account_id is required" }).max(100, { message: "account_id is too long" }),
    site_id: z.string({ message: "site_id must be text" }).trim().max(100, { message: "site_id is too long" }).nullish(),
    title: z.string({ message: "title is required" }).trim().min(1, { message: "title is required" }).max(200, { message: "title is too long" }),
    currency_code: z.string({ message: "currency_code is required" }).trim().regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter code" }),
    monthly_amount: numberField("monthly_amount").refine((n) => (n as number) > 0, { message: "monthly_amount must be more than 0" }),
    start_date: dateField("start_date"),
    count: z.number({ message: "count must be a whole number" }).int({ message: "count must be a whole number" }).min(1, { message: "count must be from 1 to 60" }).max(60, { message: "count must be from 1 to 60" }),
  })
  .strict()
export type AdminCreateDepositScheduleType = z.infer<typeof AdminCreateDepositSchedule>

export const AdminIssueNextDeposit = z
  .object({ settlement_total: numberField("settlement_total").refine((n) => (n as number) >= 0, { message: "settlement_total must not be negative" }).optional() })
  .strict()
export type AdminIssueNextDepositType = z.infer<typeof AdminIssueNextDeposit>
