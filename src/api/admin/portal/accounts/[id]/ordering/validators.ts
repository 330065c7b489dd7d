import { z } from "@medusajs/framework/zod"

export const AdminSaveAccountOrdering = z
  .object({
    approval_threshold: z
      .number({ message: "approval_threshold must be a number" })
      .min(0, "approval_threshold must be 0 or more")
      .max(1_000_000_000, "approval_threshold is too large")
      .nullish(),
    salesperson_id: z.string({ message: "salesperson_id must be text" }).trim().min(1, "salesperson_id must not be empty").max(200).nullish(),
  })
  .strict()
export type AdminSaveAccountOrderingType = z.infer<typeof AdminSaveAccountOrdering>
