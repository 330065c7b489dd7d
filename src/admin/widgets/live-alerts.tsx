import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { LiveAlerts } from "../components/alerts/live-alerts"

/**
 * The admin has no zone rendered on every page, so the live alerts ride on the pages where staff follow
 * clients: orders, customers, draft orders, products. The stream is shared, so several zones on one page
 * still give one toast per alert.
 */
const LiveAlertsWidget = () => <LiveAlerts />

export const config = defineWidgetConfig({
  zone: [
    "order.list.before",
    "order.details.before",
    "customer.list.before",
    "customer.details.before",
    "customer_group.list.before",
    "customer_group.details.before",
    "draft_order.list.before",
    "draft_order.details.before",
    "product.list.before",
    "product.details.before",
    "price_list.list.before",
    "price_list.details.before",
  ],
})

export default LiveAlertsWidget
