import { z } from "@medusajs/framework/zod"
import { listQuery } from "../../../utils/list-query"

export { NOTIFICATION_FIELDS } from "../../../../lib/notifications/centre"

export const StoreListNotifications = listQuery({
  defaultLimit: 20,
  filters: {
    unread: z.enum(["true", "false"], { message: "unread must be true or false" }).optional(),
  },
})
export type StoreListNotificationsType = z.infer<typeof StoreListNotifications>

export const StoreMarkNotificationRead = z.object({}).strict()
