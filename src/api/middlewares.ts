import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPortalAccountsMiddlewares } from "./admin/portal/accounts/middlewares"
import { adminPortalAlertsMiddlewares } from "./admin/portal/alerts/middlewares"
import { adminPortalEquipmentMiddlewares } from "./admin/portal/equipment/middlewares"
import { adminPortalMailMiddlewares } from "./admin/portal/mail/middlewares"
import { adminPortalQuotesMiddlewares } from "./admin/portal/quotes/middlewares"
import { adminPortalRentalsMiddlewares } from "./admin/portal/rentals/middlewares"
import { adminPortalSettingsMiddlewares } from "./admin/portal/settings/middlewares"
import { authPortalOtpMiddlewares } from "./auth/portal-otp/middlewares"
import { storePortalActivationsMiddlewares } from "./store/portal/activations/middlewares"
import { storePortalLinksMiddlewares } from "./store/portal/links/middlewares"
import { storePortalEquipmentMiddlewares } from "./store/portal/equipment/middlewares"
import { storePortalAuthMiddlewares } from "./store/portal/middlewares"
import { storePortalLinkScopeMiddlewares } from "./store/portal/link-scope"
import { storePortalMembersMiddlewares } from "./store/portal/members/middlewares"
import { storePortalInvitationsMiddlewares } from "./store/portal/invitations/middlewares"
import { storePortalInterventionsMiddlewares } from "./store/portal/interventions/middlewares"
import { adminPortalInterventionsMiddlewares } from "./admin/portal/interventions/middlewares"
import { adminPortalInterventionTypesMiddlewares } from "./admin/portal/intervention-types/middlewares"
import { adminPortalInterventionSettingsMiddlewares } from "./admin/portal/intervention-settings/middlewares"
import { adminPortalTechniciansMiddlewares } from "./admin/portal/technicians/middlewares"
import { storePortalQuotesMiddlewares } from "./store/portal/quotes/middlewares"
import { storePortalRentalsMiddlewares } from "./store/portal/rentals/middlewares"
import { storePortalOrdersMiddlewares } from "./store/portal/orders/middlewares"
import { storePortalInvoicesMiddlewares } from "./store/portal/invoices/middlewares"
import { storePortalPaymentsMiddlewares } from "./store/portal/payments/middlewares"
import { storePortalPriceListMiddlewares } from "./store/portal/price-list/middlewares"
import { storePortalStatisticsMiddlewares } from "./store/portal/statistics/middlewares"
import { storePortalDepositSchedulesMiddlewares } from "./store/portal/deposit-schedules/middlewares"
import { adminPortalDepositSchedulesMiddlewares } from "./admin/portal/deposit-schedules/middlewares"
import { adminPortalInvoicesMiddlewares } from "./admin/portal/invoices/middlewares"
import { storeOrderPadMiddlewares } from "./store/portal/order-pad/middlewares"
import { adminAccountOrderingMiddlewares } from "./admin/portal/accounts/[id]/ordering/middlewares"
import { storePortalSitesMiddlewares } from "./store/portal/sites/middlewares"
import { storePortalViewAsMiddlewares } from "./store/portal/view-as/middlewares"
import { adminPortalSupportMiddlewares } from "./admin/portal/tickets/middlewares"
import { adminPortalChangeRequestsMiddlewares } from "./admin/portal/change-requests/middlewares"
import { storePortalChangeRequestsMiddlewares } from "./store/portal/change-requests/middlewares"
import { storePortalTicketsMiddlewares } from "./store/portal/tickets/middlewares"
import { storePortalMessagesMiddlewares } from "./store/portal/messages/middlewares"
import { storePortalDocumentsMiddlewares } from "./store/portal/documents/middlewares"
import { adminPortalDocumentsMiddlewares } from "./admin/portal/documents/middlewares"
import { storePortalPlanningMiddlewares } from "./store/portal/planning/middlewares"
import { storePortalNotificationsMiddlewares } from "./store/portal/notifications/middlewares"
import { storePortalNotificationPreferencesMiddlewares } from "./store/portal/notification-preferences/middlewares"

export default defineMiddlewares({
  routes: [
    ...authPortalOtpMiddlewares,
    ...storePortalLinksMiddlewares,
    ...storePortalViewAsMiddlewares,
    ...storePortalActivationsMiddlewares,
    ...storePortalAuthMiddlewares,
    ...storePortalLinkScopeMiddlewares,
    ...adminPortalMailMiddlewares,
    ...storePortalSitesMiddlewares,
    ...adminPortalAccountsMiddlewares,
    ...adminPortalAlertsMiddlewares,
    ...adminPortalSettingsMiddlewares,
    ...storePortalMembersMiddlewares,
    ...storePortalInvitationsMiddlewares,
    ...storePortalQuotesMiddlewares,
    ...adminPortalQuotesMiddlewares,
    ...storePortalEquipmentMiddlewares,
    ...adminPortalEquipmentMiddlewares,
    ...storePortalInterventionsMiddlewares,
    ...adminPortalInterventionsMiddlewares,
    ...adminPortalInterventionTypesMiddlewares,
    ...adminPortalTechniciansMiddlewares,
    ...adminPortalInterventionSettingsMiddlewares,
    ...storePortalRentalsMiddlewares,
    ...adminPortalRentalsMiddlewares,
    ...storePortalTicketsMiddlewares,
    ...storePortalMessagesMiddlewares,
    ...adminPortalSupportMiddlewares,
    ...storePortalOrdersMiddlewares,
    ...storePortalInvoicesMiddlewares,
    ...storePortalPaymentsMiddlewares,
    ...storePortalPriceListMiddlewares,
    ...storePortalStatisticsMiddlewares,
    ...storePortalDepositSchedulesMiddlewares,
    ...adminPortalDepositSchedulesMiddlewares,
    ...adminPortalInvoicesMiddlewares,
    ...storeOrderPadMiddlewares,
    ...adminAccountOrderingMiddlewares,
    ...storePortalChangeRequestsMiddlewares,
    ...adminPortalChangeRequestsMiddlewares,
    ...storePortalDocumentsMiddlewares,
    ...adminPortalDocumentsMiddlewares,
    ...storePortalPlanningMiddlewares,
    ...storePortalNotificationsMiddlewares,
    ...storePortalNotificationPreferencesMiddlewares,
  ],
})
