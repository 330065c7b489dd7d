import type { ClientEventDeclaration } from "../types"
import { billingClientEvents } from "./billing"
import { fieldServiceClientEvents } from "./field-service"
import { quoteClientEvents } from "./quote"
import { rentalClientEvents } from "./rental"
import { salesClientEvents } from "./sales"
import { supportClientEvents } from "./support"

/**
 * Every event meant for clients. A domain adds one file here (`<domain>.ts`, exporting an array of
 * declarations) and one line below; the preferences route, the centre and the digest read only this list.
 */
export const CLIENT_EVENT_DECLARATIONS: readonly ClientEventDeclaration[] = [
  ...quoteClientEvents,
  ...billingClientEvents,
  ...salesClientEvents,
  ...supportClientEvents,
  ...fieldServiceClientEvents,
  ...rentalClientEvents,
]

export function findClientEvent(key: string): ClientEventDeclaration | undefined {
  return CLIENT_EVENT_DECLARATIONS.find((declaration) => declaration.key === key)
}

export const CLIENT_EVENT_KEYS: readonly string[] = CLIENT_EVENT_DECLARATIONS.map((declaration) => declaration.key)
