import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../src/modules/fleet"
import type FleetModuleService from "../../src/modules/fleet/service"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import type { TicketPriority, TicketStatus } from "../../src/modules/support/statuses"
import { createChangeRequestWorkflow, decideChangeRequestWorkflow } from "../../src/workflows/support/change-requests"
import { changeTicketWorkflow } from "../../src/workflows/support/change-ticket"
import { openTicketWorkflow } from "../../src/workflows/support/open-ticket"
import { saveTicketCategoryWorkflow } from "../../src/workflows/support/save-ticket-category"
import { postMessageWorkflow } from "../../src/workflows/support/post-message"
import { startThreadWorkflow } from "../../src/workflows/support/start-thread"
import { notifyClients } from "../../src/lib/notifications/deliver"
import { saveNotificationPreferencesWorkflow } from "../../src/workflows/support/notifications"
import type { DemoCompany } from "./catalog"

type Locale = DemoCompany["locale"]
const t = (en: string, fr: string, it: string, sk: string): Record<Locale, string> => ({ en, fr, it, sk })

/** A tiny valid PDF, as an attachment of the demo's tickets and announcements. */
export const DEMO_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
).toString("base64")

const CATEGORIES = [
  { key: "breakdown", name: t("Breakdown", "Panne", "Guasto", "Porucha"), description: t("A machine stopped or misbehaves", "Une machine est arrêtée ou fonctionne mal", "Una macchina è ferma o funziona male", "Stroj stojí alebo nefunguje správne") },
  { key: "maintenance", name: t("Maintenance", "Maintenance", "Manutenzione", "Údržba"), description: null },
  { key: "billing", name: t("Billing", "Facturation", "Fatturazione", "Fakturácia"), description: null },
  { key: "portal", name: t("Portal access", "Accès au portail", "Accesso al portale", "Prístup k portálu"), description: null },
]

type DemoTicket = { status: TicketStatus; priority: TicketPriority; category: string; subject: Record<Locale, string>; body: Record<Locale, string>; reply?: Record<Locale, string>; onMemberSite?: boolean; attachment?: boolean }

/** One ticket in each status; the first carries a photo report (PDF) and staff's answer another. */
const TICKETS: DemoTicket[] = [
  {
    status: "open",
    priority: "high",
    category: "breakdown",
    attachment: true,
    subject: t("Compressor stops after ten minutes", "Le compresseur s'arrête après dix minutes", "Il compressore si ferma dopo dieci minuti", "Kompresor sa po desiatich minútach zastaví"),
    body: t("The compressor trips with a temperature fault. Report attached.", "Le compresseur se met en défaut température. Rapport joint.", "Il compressore va in allarme temperatura. Rapporto allegato.", "Kompresor hlási poruchu teploty. Správa v prílohe."),
  },
  {
    status: "in_progress",
    priority: "normal",
    category: "maintenance",
    subject: t("Move the yearly inspection", "Décaler l'inspection annuelle", "Spostare l'ispezione annuale", "Presunúť ročnú inšpekciu"),
    body: t("Could the yearly inspection happen next month?", "L'inspection annuelle peut-elle avoir lieu le mois prochain ?", "L'ispezione annuale può svolgersi il mese prossimo?", "Môže ročná inšpekcia prebehnúť budúci mesiac?"),
    reply: t("We are checking the technicians' calendar.", "Nous vérifions le planning des techniciens.", "Stiamo verificando il calendario dei tecnici.", "Overujeme kalendár technikov."),
  },
  {
    status: "waiting_for_client",
    priority: "normal",
    category: "breakdown",
    onMemberSite: true,
    attachment: true,
    subject: t("Forklift warning light", "Voyant d'alerte du chariot élévateur", "Spia di allarme del carrello elevatore", "Výstražné svetlo vysokozdvižného vozíka"),
    body: t("An orange warning light stays on.", "Un voyant orange reste allumé.", "Una spia arancione rimane accesa.", "Oranžové svetlo zostáva svietiť."),
    reply: t("Could you send us the error code shown on the display?", "Pouvez-vous nous envoyer le code d'erreur affiché ?", "Potete inviarci il codice di errore visualizzato?", "Môžete nám poslať chybový kód z displeja?"),
  },
  {
    status: "resolved",
    priority: "low",
    category: "billing",
    subject: t("Invoice address", "Adresse de facturation", "Indirizzo di fatturazione", "Fakturačná adresa"),
    body: t("Our invoice shows the old address.", "Notre facture indique l'ancienne adresse.", "La fattura riporta il vecchio indirizzo.", "Na faktúre je stará adresa."),
    reply: t("Corrected: the next invoices use the new address.", "Corrigé : les prochaines factures utiliseront la nouvelle adresse.", "Corretto: le prossime fatture useranno il nuovo indirizzo.", "Opravené: ďalšie faktúry budú mať novú adresu."),
  },
  {
    status: "closed",
    priority: "urgent",
    category: "portal",
    subject: t("Colleague cannot sign in", "Un collègue ne peut pas se connecter", "Un collega non riesce ad accedere", "Kolega sa nemôže prihlásiť"),
    body: t("Our colleague gets no sign-in code.", "Notre collègue ne reçoit pas de code de connexion.", "Il nostro collega non riceve il codice di accesso.", "Náš kolega nedostáva prihlasovací kód."),
    reply: t("The address was mistyped; fixed.", "L'adresse était mal saisie ; corrigé.", "L'indirizzo era errato; corretto.", "Adresa bola zle zadaná; opravené."),
  },
]

/**
 * Support for the demo: ticket categories routed to the demo staff member, tickets in every status with
 * threads and attachments for the first two companies, an announcement with a document to each (read by
 * the first member, not by the second). A database that already has categories is left alone.
 */
export async function seedSupport(container: MedusaContainer, companies: DemoCompany[], staffEmail: string): Promise<number> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  if ((await support.listTicketCategories({}, { select: ["id"], take: 1 })).length) return 0
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [staff] = await container.resolve(Modules.USER).listUsers({ email: staffEmail })
  const staffAuthor = { type: "staff" as const, id: staff?.id ?? null, name: staff ? `${staff.first_name ?? ""} ${staff.last_name ?? ""}`.trim() || staff.email : "Support" }

  const categories: Record<string, string> = {}
  for (const [rank, c] of CATEGORIES.entries()) {
    const { result: created } = await saveTicketCategoryWorkflow(container).run({
      input: {
        name: c.name.en,
        description: c.description?.en ?? null,
        translations: Object.fromEntries(
          (["fr", "it", "sk"] as const).map((locale) => [locale, { name: c.name[locale], description: c.description?.[locale] ?? null }])
        ),
        rank,
        default_assignee_id: staff?.id ?? null,
        // Urgent tickets go straight to the demo staff member, whatever the site.
        routing_rules: staff ? [{ assignee_id: staff.id, priority: "urgent" as const }] : [],
      },
    })
    categories[c.key] = created.id
  }

  let created = 0
  for (const company of companies.slice(0, 2)) {
    const [account] = await accounts.listClientAccounts({ name: company.name })
    if (!account) continue
    const members = await accounts.listAccountMembers({ account_id: account.id }, { order: { created_at: "ASC" } })
    const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) })
    const nameOf = (memberId: string) => {
      const member = members.find((m) => m.id === memberId)!
      const customer = customers.find((c) => c.id === member.customer_id)
      return `${customer?.first_name ?? ""} ${customer?.last_name ?? ""} (${company.name})`.trim()
    }
    const sites = await accounts.listSites({ account_id: account.id }, { order: { created_at: "ASC" } })
    const [first, second] = members
    const memberSite = (second?.site_ids as string[] | undefined)?.[0] ?? sites[0]?.id ?? null
    const otherSite = sites.find((s) => s.id !== memberSite)?.id ?? memberSite
    const machines = await container.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ account_id: account.id }, { select: ["id", "site_id"], take: 50 })
    const lang = company.locale

    for (const demo of TICKETS) {
      const site = demo.onMemberSite ? memberSite : otherSite
      const machine = machines.find((m) => m.site_id === site)
      const { result: ticket } = await openTicketWorkflow(container).run({
        input: {
          account_id: account.id,
          member_id: first.id,
          actor_name: nameOf(first.id),
          category_id: categories[demo.category],
          subject: demo.subject[lang],
          description: demo.body[lang],
          priority: demo.priority,
          site_id: site,
          equipment_id: demo.category === "breakdown" ? machine?.id ?? null : null,
          attachments: demo.attachment ? [{ filename: "report.pdf", mime_type: "application/pdf", content: DEMO_PDF }] : [],
        },
      })
      created++
      if (demo.reply) {
        await postMessageWorkflow(container).run({
          input: {
            thread_id: ticket.thread_id,
            account_id: account.id,
            author: staffAuthor,
            body: demo.reply[lang],
            internal: false,
            attachments: demo.attachment ? [{ filename: "checklist.pdf", mime_type: "application/pdf", content: DEMO_PDF }] : [],
            ticket: { id: ticket.id, number: ticket.number, status: "open", assignee_id: ticket.assignee_id },
            status: demo.status === "resolved" || demo.status === "closed" ? demo.status : demo.status === "waiting_for_client" ? "waiting_for_client" : "in_progress",
          },
        })
      } else if (demo.status !== "open") {
        await changeTicketWorkflow(container).run({
          input: { id: ticket.id, account_id: account.id, number: ticket.number, from_status: "open", status: demo.status, by: { kind: "staff", name: null, assignee_id: ticket.assignee_id } },
        })
      }
      if (demo.status === "open") {
        await postMessageWorkflow(container).run({
          input: {
            thread_id: ticket.thread_id,
            account_id: account.id,
            author: staffAuthor,
            body: t("Internal: check the fault log before calling.", "Interne : vérifier le journal des défauts avant d'appeler.", "Interno: controllare il registro guasti prima di chiamare.", "Interné: pred volaním skontrolovať denník porúch.")[lang],
            internal: true,
            attachments: [],
            ticket: null,
          },
        })
      }
    }

    // An announcement to every member with a document: the first member has read it, the second has not.
    const { result } = await startThreadWorkflow(container).run({
      input: {
        account_id: account.id,
        kind: "announcement",
        subject: t("New service hours", "Nouveaux horaires du service", "Nuovi orari del servizio", "Nové hodiny servisu")[lang],
        body: t(
          "From next month our hotline answers from 7:00 to 19:00. Details attached.",
          "À partir du mois prochain, notre assistance répond de 7 h à 19 h. Détails en pièce jointe.",
          "Dal mese prossimo la nostra assistenza risponde dalle 7:00 alle 19:00. Dettagli in allegato.",
          "Od budúceho mesiaca naša linka odpovedá od 7:00 do 19:00. Podrobnosti v prílohe."
        )[lang],
        recipient_member_ids: [],
        author: staffAuthor,
        attachments: [{ filename: "service-hours.pdf", mime_type: "application/pdf", content: DEMO_PDF }],
      },
    })
    await support.recordReceipts(first.id, [result.thread.id], { read: true, via: "portal" })
    if (second) await support.recordReceipts(second.id, [result.thread.id], { read: false, via: "email" })

    // Change requests: a decided one (one field approved and applied, one rejected) and a pending one.
    const requester = { id: first.id, name: nameOf(first.id) }
    const { result: decided } = await createChangeRequestWorkflow(container).run({
      input: {
        account_id: account.id,
        target: "account",
        site_id: null,
        note: null,
        member: requester,
        fields: [
          { field: "contact_phone", current_value: account.contact_phone ?? null, proposed_value: company.locale === "fr" ? "+33 4 72 00 00 00" : "+39 02 0000 0000", locked: true },
          { field: "name", current_value: account.name, proposed_value: `${account.name} Group`, locked: true },
        ],
      },
    })
    const fields = await support.listChangeRequestFields({ change_request_id: decided.id })
    await decideChangeRequestWorkflow(container).run({
      input: {
        change_request_id: decided.id,
        staff_id: staff?.id ?? null,
        lock_owner: `seed-${decided.id}`,
        decisions: fields.map((f) => ({
          field_id: f.id,
          decision: f.field === "contact_phone" ? ("approved" as const) : ("rejected" as const),
          reason: f.field === "name" ? t("The legal name needs a registry extract.", "La raison sociale exige un extrait Kbis.", "La ragione sociale richiede una visura camerale.", "Obchodné meno vyžaduje výpis z registra.")[lang] : null,
        })),
      },
    })
    // Notifications, in the members' language: the announcement and the decided request land in the centre now
    // (the events' subscriber finds these rows by the same keys). The first member reads the decision and takes
    // messages in the daily digest; the second keeps the defaults.
    await saveNotificationPreferencesWorkflow(container).run({ input: { member_id: first.id, account_id: account.id, preferences: [{ event: "support.message.received", channel: "digest" }] } })
    await notifyClients(container, {
      event: "support.message.received",
      account_id: account.id,
      member_ids: members.map((m) => m.id),
      params: { subject: result.thread.subject, author: staffAuthor.name, preview: result.message.body.slice(0, 200) },
      link: `/messages/${result.thread.id}`,
      key: `message:${result.message.id}`,
      data: { message_id: result.message.id, thread_id: result.thread.id, ticket_id: null },
    })
    const decidedFields = await support.listChangeRequestFields({ change_request_id: decided.id }, { select: ["decision"] })
    const told = await notifyClients(container, {
      event: "support.change_request.decided",
      account_id: account.id,
      member_ids: [first.id],
      params: { approved: decidedFields.filter((f) => f.decision === "approved").length, rejected: decidedFields.filter((f) => f.decision === "rejected").length },
      link: "/account/changes",
      key: `change-request:${decided.id}`,
      data: { change_request_id: decided.id, status: "partially_approved" },
    })
    const [decidedNotice] = await support.listClientNotifications({ member_id: told.notified, dedupe_key: `change-request:${decided.id}` }, { select: ["id"] })
    if (decidedNotice) await support.markNotificationsRead(first.id, account.id, [decidedNotice.id])

    await createChangeRequestWorkflow(container).run({
      input: {
        account_id: account.id,
        target: "site",
        site_id: otherSite,
        note: null,
        member: requester,
        fields: [{ field: "contact_name", current_value: sites.find((s) => s.id === otherSite)?.contact_name ?? null, proposed_value: "Jean Dupont", locked: true }],
      },
    })
  }
  return created
}
