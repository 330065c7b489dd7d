import { z } from "@medusajs/framework/zod"
import { TICKET_SORTABLE } from "../../../../modules/support/service"
import { THREAD_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from "../../../../modules/support/statuses"
import { attachmentsSchema } from "../../../../lib/support/attachments"
import { translationsField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { ticketStatusList } from "../../../store/portal/tickets/validators"

export const AdminListTickets = listQuery({
  defaultLimit: 50,
  sortable: TICKET_SORTABLE,
  filters: {
    view: z.enum(["mine", "unassigned", "all"], { message: "view must be one of mine, unassigned, all" }).optional(),
    status: ticketStatusList,
    category_id: textFilter("category_id"),
    account_id: textFilter("account_id"),
    assignee_id: textFilter("assignee_id"),
    overdue: z.enum(["true", "false"], { message: "overdue must be true or false" }).optional(),
    q: textFilter("q"),
  },
})
export type AdminListTicketsType = z.infer<typeof AdminListTickets>

export const AdminUpdateTicket = z
  .object({
    status: z.enum(TICKET_STATUSES, { message: `status must be one of ${TICKET_STATUSES.join(", ")}` }).optional(),
    priority: z.enum(TICKET_PRIORITIES, { message: `priority must be one of ${TICKET_PRIORITIES.join(", ")}` }).optional(),
    assignee_id: z.string({ message: "assignee_id must be a user id" }).trim().min(1, { message: "assignee_id must be a user id" }).max(100, { message: "assignee_id is too long" }).nullish(),
    category_id: z.string({ message: "category_id must be a category id" }).trim().min(1, { message: "category_id must be a category id" }).max(100, { message: "category_id is too long" }).optional(),
  })
  .strict()
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

const text = (field: string, max: number) =>
  z.string({ message: `${field} is required` }).trim().min(1, { message: `${field} is required` }).max(max, { message: `${field} is too long (at most ${max} characters)` })

export const AdminReply = z
  .object({
    body: text("body", 10_000),
    internal: z.boolean({ message: "internal must be true or false" }).default(false),
    attachments: attachmentsSchema,
    status: z.enum(TICKET_STATUSES, { message: `status must be one of ${TICKET_STATUSES.join(", ")}` }).optional(),
  })
  .strict()
export type AdminReplyType = z.infer<typeof AdminReply>

export const AdminAnnouncement = z
  .object({
    subject: text("subject", 200),
    body: text("body", 10_000),
    member_ids: z.array(z.string().trim().min(1).max(100), { message: "member_ids must be a list of member ids" }).max(500, { message: "member_ids: at most 500" }).default([]),
    attachments: attachmentsSchema,
  })
  .strict()
export type AdminAnnouncementType = z.infer<typeof AdminAnnouncement>

export const AdminListThreads = listQuery({
  defaultLimit: 50,
  filters: {
    account_id: textFilter("account_id"),
    kind: z.enum(THREAD_KINDS, { message: `kind must be one of ${THREAD_KINDS.join(", ")}` }).optional(),
  },
})
export type AdminListThreadsType = z.infer<typeof AdminListThreads>

const rule = z
  .object({
    site_id: z.string({ message: "routing_rules.site_id must be a site id" }).trim().min(1).max(100).nullish(),
    priority: z.enum(TICKET_PRIORITIES, { message: `routing_rules.priority must be one of ${TICKET_PRIORITIES.join(", ")}` }).nullish(),
    assignee_id: text("routing_rules.assignee_id", 100),
  })
  .strict()

const CategoryTranslation = (locale: string) =>
  z
    .object({
      name: z.string({ message: `translations.${locale}.name must be text` }).trim().max(120, { message: `translations.${locale}.name is too long` }).nullish(),
      description: z.string({ message: `translations.${locale}.description must be text` }).trim().max(1000, { message: `translations.${locale}.description is too long` }).nullish(),
    })
    .strict()

/** `{ fr: { name, description }, … }`. */
const categoryTranslations = translationsField(CategoryTranslation)

export const AdminSaveCategory = z
  .object({
    name: text("name", 120),
    description: z.string({ message: "description must be text" }).trim().max(1000, { message: "description is too long" }).nullish(),
    translations: categoryTranslations,
    default_assignee_id: z.string({ message: "default_assignee_id must be a user id" }).trim().min(1).max(100, { message: "default_assignee_id is too long" }).nullish(),
    rank: z.number({ message: "rank must be a number" }).int({ message: "rank must be a whole number" }).min(0, { message: "rank must be 0 or more" }).max(10_000, { message: "rank must be at most 10000" }).optional(),
    active: z.boolean({ message: "active must be true or false" }).optional(),
    routing_rules: z.array(rule, { message: "routing_rules must be a list" }).max(200, { message: "routing_rules: at most 200" }).optional(),
  })
  .strict()
export type AdminSaveCategoryType = z.infer<typeof AdminSaveCategory>
export const AdminUpdateCategory = AdminSaveCategory.partial().strict()
export type AdminUpdateCategoryType = z.infer<typeof AdminUpdateCategory>
