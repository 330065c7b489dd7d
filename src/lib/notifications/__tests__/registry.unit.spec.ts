import { renderEmail } from "../../email"
import { CLIENT_EVENT_DECLARATIONS, CLIENT_EVENT_KEYS, findClientEvent } from "../declarations"
import { clientEventTexts, portalPageUrl } from "../deliver"
import { CLIENT_EVENT_LOCALES } from "../types"
import { NOTIFICATION_CHANNELS } from "../../../modules/support/statuses"

const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("client events registry", () => {
  it("names each event once, as <domain>.<object>.<what>", () => {
    expect(new Set(CLIENT_EVENT_KEYS).size).toBe(CLIENT_EVENT_KEYS.length)
    for (const key of CLIENT_EVENT_KEYS) expect(key).toMatch(/^[a-z_]+\.[a-z_]+(\.[a-z_]+)?$/)
    expect(CLIENT_EVENT_KEYS).toEqual(
      expect.arrayContaining(["quote.sent", "invoice.issued", "invoice.reminder", "support.message.received", "support.ticket.answered", "support.change_request.decided"])
    )
  })

  it.each(CLIENT_EVENT_DECLARATIONS.map((d) => [d.key, d] as const))("%s is written in every language with the same slots, and has a valid default channel", (_key, declaration) => {
    expect(NOTIFICATION_CHANNELS).toContain(declaration.default_channel)
    expect(declaration.domain).toMatch(/^[a-z_]+$/)
    const english = declaration.texts.en
    for (const locale of CLIENT_EVENT_LOCALES) {
      const texts = declaration.texts[locale]
      for (const part of ["label", "title", "text"] as const) {
        expect(texts[part].trim()).not.toBe("")
        expect(slotsOf(texts[part])).toEqual(slotsOf(english[part]))
      }
      expect(slotsOf(texts.label)).toEqual([])
    }
  })

  it("fills the slots per language and leaves a gap, never 'undefined', for a missing value", () => {
    const status = findClientEvent("support.ticket.status_changed")!
    const words = { en: "resolved", fr: "résolu" } as Record<string, string>
    const fr = clientEventTexts(status, "fr", (locale) => ({ number: "T-7", status: words[locale] }))
    expect(fr.title).toBe("Ticket T-7 : statut modifié")
    expect(fr.text).toBe("Le ticket T-7 est maintenant « résolu ».")
    const quote = clientEventTexts(findClientEvent("quote.sent")!, "en", { number: "Q-1" })
    expect(quote.text).not.toContain("undefined")
    expect(findClientEvent("quote.exploded")).toBeUndefined()
  })

  it("mails an event in the generic template and a digest listing every item, in the member's language", () => {
    const single = renderEmail("portal-client-notification", { locale: "it", title: "Nuovo messaggio: Orari", text: "Support ha scritto: ciao", portal_url: portalPageUrl("https://portal.example/", "it", "/messages/sth_1") })
    expect(single.subject).toBe("Nuovo messaggio: Orari")
    expect(single.text).toContain("https://portal.example/it/messages/sth_1")
    expect(single.text).toContain("Apri nel portale")
    const digest = renderEmail("portal-notification-digest", {
      locale: "sk",
      business_name: "Acme",
      items: [{ title: "Prvá", text: "jedna" }, { title: "Druhá", text: "" }],
      portal_url: portalPageUrl("https://portal.example", "sk", null),
    })
    expect(digest.subject).toBe("Nové upozornenia (2) od Acme")
    expect(digest.text).toContain("Prvá — jedna")
    expect(digest.text).toContain("Druhá")
    expect(digest.text).toContain("https://portal.example/sk/notifications")
  })
})
