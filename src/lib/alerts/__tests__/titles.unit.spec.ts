import { createTranslator, EMAIL_LOCALES } from "../../email/i18n"
import { findAlertDeclaration, PORTAL_ALERT_DECLARATIONS } from "../declarations"
import type { PortalEventData } from "../types"

const full: PortalEventData = {
  id: "obj_1",
  account_id: "acc_1",
  actor_name: "Claire Martin (Acme)",
  number: "Q-1042",
  display_id: 17,
  total: 1234.5,
  currency_code: "eur",
  reason: "Too expensive",
  subject: "Pump noise",
  field_count: 2,
  scheduled_start: "2026-12-08T09:30:00.000Z",
  starts_at: "2026-12-10",
  ends_at: "2026-12-12",
  fee: 40,
  numbers: ["INV-1", "INV-2"],
  value: 1520,
  meter_name: "Hours",
  equipment_name: "Press P1",
  member_name: "Paul Durand",
  account_name: "Acme Industrie",
  is_loan: true,
  confirmed: false,
}
const bare: PortalEventData = { id: "obj_2", account_id: "acc_1" }

describe("staff alert titles", () => {
  it("render every event in every staff language, with no slot left and nothing undefined", () => {
    for (const declaration of PORTAL_ALERT_DECLARATIONS) {
      for (const locale of EMAIL_LOCALES) {
        for (const data of [full, bare]) {
          const title = declaration.title(data, createTranslator(locale))
          expect(title).not.toMatch(/[{}]|\bundefined\b|\bnull\b|\bNaN\b/)
          expect(title.trim()).toBe(title)
        }
      }
    }
  })

  it("keep the English lines staff know, and speak French to a French reader", () => {
    const en = createTranslator("en")
    const fr = createTranslator("fr")
    const accepted = findAlertDeclaration("portal.quote.accepted")!
    expect(accepted.title(full, en)).toBe("Quote Q-1042 accepted by Claire Martin (Acme) (€1,234.50)")
    // French amounts as Intl writes them (narrow no-break spaces).
    const euros = new Intl.NumberFormat("fr", { style: "currency", currency: "EUR" }).format(1234.5)
    expect(accepted.title(full, fr)).toBe(`Devis Q-1042 accepté par Claire Martin (Acme) (${euros})`)
    const rejected = findAlertDeclaration("portal.quote.rejected")!
    expect(rejected.title(bare, en)).toBe("Quote obj_2 rejected by the client")
    expect(rejected.title(full, fr)).toBe("Devis Q-1042 refusé par Claire Martin (Acme) : Too expensive")
    expect(findAlertDeclaration("portal.intervention.booked")!.title(full, en)).toBe(
      "Intervention Q-1042 booked by Claire Martin (Acme) for 2026-12-08 09:30 UTC, to confirm"
    )
  })

  it("count one field as one, and write a rental's days in the reader's date format", () => {
    const changeRequest = findAlertDeclaration("portal.change_request.created")!
    expect(changeRequest.title({ ...full, field_count: 1 }, createTranslator("fr"))).toBe("Demande de modification de Claire Martin (Acme) (1 champ)")
    expect(changeRequest.title(full, createTranslator("en"))).toBe("Change request from Claire Martin (Acme) (2 fields)")
    const requested = findAlertDeclaration("portal.rental.requested")!
    expect(requested.title({ ...full, is_loan: false }, createTranslator("en"))).toBe("Rental Q-1042 requested by Claire Martin (Acme), Dec 10, 2026 to Dec 12, 2026")
    expect(requested.title({ ...full, is_loan: false }, createTranslator("fr"))).toBe("Location Q-1042 demandée par Claire Martin (Acme), du 10 déc. 2026 au 12 déc. 2026")
  })
})
