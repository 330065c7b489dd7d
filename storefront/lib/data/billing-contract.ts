/**
 * The billing domain's types, from the one file the backend, the admin and the portal share. Types only:
 * `import type` is erased before bundling, so the portal never bundles a file outside its own folder.
 */
export type {
  AmountDue,
  DeliveryNote,
  DepositSchedule,
  InvoiceDetail,
  InvoiceKind,
  InvoiceListItem,
  InvoicePayment,
  InvoiceStatus,
  OnlinePaymentAction,
  OrderDetail,
  OrderListItem,
  OrderApproval,
  OrderApprovalStatus,
  OrderPadFavourite,
  OrderPadProduct,
  OrderPadTerms,
  PaymentMethod,
  PortalPaymentChoice,
  PriceListItem,
  Statistics,
} from "../../../src/modules/billing/contract"
