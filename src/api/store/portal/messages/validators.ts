import { z } from "@medusajs/framework/zod"
import { THREAD_KINDS } from "../../../../modules/support/statuses"
import { attachmentsSchema } from "../../../../lib/support/attachments"
import { listQuery } from "../../../utils/list-query"
import { StoreReply } from "../tickets/validators"

export const INBOX_FIELDS = ["id"]

export const StoreListInbox = listQuery({
  defaultLimit: 20,
  filters: {
    kind: z.enum(THREAD_KINDS, { message: `kind must be one of ${THREAD_KINDS.join(", ")}` }).optional(),
    unread: z.enum(["true", "false"], { message: "unread must be true or false" }).optional(),
  },
})
export type StoreListInboxType = z.infer<typeof StoreListInbox>

const text = (field: string, max: number) =>
  z.string({ message: `${field} is required` }).trim().min(1, { message: `${field} is required` }).max(max, { message: `${field} is too long (at most ${max} characters)` })

export const StoreContact = z.object({ subject: text("subject", 200), body: text("body", 10_000), attachments: attachmentsSchema }).strict()
export type StoreContactType = z.infer<typeof StoreContact>

export const StoreThreadReply = StoreReply
export const StoreMarkRead = z.object({}).strict()
