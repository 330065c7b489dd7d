import { MedusaError } from "@medusajs/framework/utils"
import { EMAIL_LOCALES, EMAIL_TEMPLATE_NAMES, renderEmail, resolveEmailLocale } from ".."

const PORTAL_URL = "https://portal.example.com/login?invite=abc&lang=fr"

const fullData = {
  business_name: "Acme Machines",
  logo_url: "https://cdn.example.com/logo.png",
  first_name: "Marie",
  account_name: "Durand BTP",
  portal_url: PORTAL_URL,
  code: "042917",
}

describe("renderEmail", () => {
  it("lists the templates callers may use", () => {
    expect(EMAIL_TEMPLATE_NAMES).toEqual(expect.arrayContaining(["portal-welcome", "portal-test"]))
  })

  describe.each(EMAIL_TEMPLATE_NAMES)("%s", (template) => {
    const rendered = EMAIL_LOCALES.map((locale) => ({
      locale,
      email: renderEmail(template, { ...fullData, locale }),
    }))

    it.each(rendered)("renders a complete mail in $locale", ({ locale, email }) => {
      expect(email.subject.trim()).not.toBe("")
      expect(email.text.trim()).not.toBe("")
      expect(email.html).toContain(`<html lang="${locale}">`)
      expect(email.html).toContain("Acme Machines")
      expect(email.html).toContain('src="https://cdn.example.com/logo.png"')
    })

    it("says different things in each language", () => {
      for (const part of ["subject", "html", "text"] as const) {
        const distinct = new Set(rendered.map(({ email }) => email[part]))
        expect(distinct.size).toBe(EMAIL_LOCALES.length)
      }
    })

    it("prints no undefined or null when optional data is missing", () => {
      for (const locale of EMAIL_LOCALES) {
        // Only the data each template requires: the portal URL, and the code for portal-access-code.
        const email = renderEmail(template, { locale, portal_url: PORTAL_URL, code: fullData.code })
        for (const part of [email.subject, email.html, email.text]) {
          expect(part).not.toMatch(/undefined|null|\{\w+\}/)
        }
      }
    })
  })

  it("renders portal-welcome with the greeting, the company and the sign-in link", () => {
    const email = renderEmail("portal-welcome", { ...fullData, locale: "fr" })

    expect(email.subject).toBe("Votre espace client est prêt")
    expect(email.text).toContain("Bonjour Marie,")
    expect(email.text).toContain("Durand BTP")
    expect(email.text).toContain(`Se connecter à l'espace client\n${PORTAL_URL}\n`)
    // The & of the query string is escaped inside the href, as HTML requires.
    expect(email.html).toContain(`href="${PORTAL_URL.replace(/&/g, "&amp;")}"`)
  })

  it("greets neutrally without a first name", () => {
    const email = renderEmail("portal-welcome", { locale: "en", portal_url: PORTAL_URL })
    expect(email.text).toContain("Hello,")
    expect(email.text).toContain("opened for you.")
  })

  it("refuses portal-welcome without a usable portal URL", () => {
    for (const portal_url of [undefined, "", "javascript:alert(1)", "not a url"]) {
      expect(() => renderEmail("portal-welcome", { portal_url })).toThrow(/portal_url/)
    }
  })

  it("picks the language from data.locale, including region tags", () => {
    const subjects = ["fr-FR", "it_IT", "SK", "fr"].map(
      (locale) => renderEmail("portal-test", { locale }).subject
    )
    expect(subjects).toEqual(["E-mail de test", "E-mail di prova", "Testovací e-mail", "E-mail de test"])
  })

  it("falls back to English for a missing or untranslated locale", () => {
    const english = renderEmail("portal-test", { locale: "en" })
    for (const locale of [undefined, null, "", "de-DE", "xx", 42]) {
      expect(renderEmail("portal-test", { locale })).toEqual(english)
    }
    expect(renderEmail("portal-test", null)).toEqual(english)
    expect(english.subject).toBe("Test e-mail")
    expect(resolveEmailLocale("pt-BR")).toBe("en")
  })

  it("escapes data in the HTML part", () => {
    const email = renderEmail("portal-welcome", {
      locale: "en",
      business_name: '<script>alert("x")</script>',
      first_name: "<img src=x onerror=alert(1)>",
      account_name: "Smith & Sons",
      portal_url: PORTAL_URL,
    })

    expect(email.html).not.toContain("<script>")
    expect(email.html).not.toContain("<img src=x")
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(email.html).toContain("Smith &amp; Sons")
    // The text part is plain text: it shows what the client typed, unescaped.
    expect(email.text).toContain("Smith & Sons")
  })

  it("ignores a logo that is not an http(s) URL", () => {
    const email = renderEmail("portal-test", { business_name: "Acme", logo_url: "javascript:alert(1)" })
    expect(email.html).not.toContain("javascript:")
    expect(email.html).not.toContain("<img")
  })

  it("keeps data on one line in the subject", () => {
    const email = renderEmail("portal-test", { business_name: "Acme\r\nBcc: victim@example.com" })
    expect(email.subject).toBe("Test e-mail from Acme Bcc: victim@example.com")
  })

  it("rejects an unknown template with INVALID_DATA naming it", () => {
    expect.assertions(3)
    try {
      renderEmail("portal-goodbye", {})
    } catch (error) {
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
      expect((error as MedusaError).message).toContain('"portal-goodbye"')
    }
  })
})

describe("portal-access-code", () => {
  it("shows the code in the subject and the body, with its validity, in the recipient's language", () => {
    const email = renderEmail("portal-access-code", { code: "042917", expires_minutes: 10, locale: "it" })
    expect(email.subject).toBe("042917 è il tuo codice di accesso")
    expect(email.text).toContain("042917")
    expect(email.text).toContain("10 minuti")
  })

  it("refuses to send without a 6-digit code", () => {
    expect(() => renderEmail("portal-access-code", { code: "12ab" })).toThrow(MedusaError)
  })
})
