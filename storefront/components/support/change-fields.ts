import type { AccountChangeField, SiteChangeField } from "@support/contract"

export type ChangeField = AccountChangeField | SiteChangeField

/** Every field of the contract's CHANGEABLE_FIELDS once (a field the API adds fails the type check here). */
const LABELLED: Record<ChangeField, true> = {
  name: true,
  address_1: true,
  address_2: true,
  postal_code: true,
  city: true,
  country_code: true,
  contact_name: true,
  contact_email: true,
  contact_phone: true,
  vat_number: true,
  invoice_email: true,
}

/** Whether a field the API names has a translated label (`Support.changes.fields.<field>`). */
export const isChangeField = (field: string): field is ChangeField => field in LABELLED
