import type { MiddlewareRoute } from "@medusajs/framework/http"
import { INVOICE_LIST_FIELDS } from "../../../store/portal/invoices/validators"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import { AdminAmountDue, AdminCreditInvoice, AdminIssueInvoice, AdminListInvoices, AdminRecordPayment, AdminResendInvoice } from "./validators"

const BASE = "/admin/portal/invoices"

export const adminPortalInvoicesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListInvoices, INVOICE_LIST_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminIssueInvoice)] },
  { method: ["GET"], matcher: `${BASE}/amount-due`, middlewares: [validateQuery(AdminAmountDue)] },
  { method: ["POST"], matcher: `${BASE}/:id/credit`, middlewares: [validateBody(AdminCreditInvoice)] },
  { method: ["POST"], matcher: `${BASE}/:id/payments`, middlewares: [validateBody(AdminRecordPayment)] },
  { method: ["POST"], matcher: `${BASE}/:id/resend`, middlewares: [validateBody(AdminResendInvoice)] },
]
