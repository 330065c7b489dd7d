import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { zonedToInstant } from "../../src/lib/field-service/time-zones"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { FIELD_SERVICE_MODULE } from "../../src/modules/fieldService"
import type { InterventionStatus, InterventionTypeTranslation, PortalAction, SurveyQuestion, WorkingHours } from "../../src/modules/fieldService/contract"
import type FieldServiceModuleService from "../../src/modules/fieldService/service"
import { FLEET_MODULE } from "../../src/modules/fleet"
import type FleetModuleService from "../../src/modules/fleet/service"
import { updateFieldServiceSettingsWorkflow } from "../../src/workflows/field-service/update-field-service-settings"
import type { DemoCompany } from "./catalog"
import { drawPng } from "./png"

const DAY = 86_400_000

const SURVEY: SurveyQuestion[] = [
  { id: "overall", kind: "score", label: "How satisfied are you with the visit?", required: true },
  { id: "on_time", kind: "yes_no", label: "Did the technician arrive on time?" },
  { id: "comment", kind: "text", label: "Anything to add?" },
]

const ACTIONS: PortalAction[] = [
  { id: "replan", kind: "create_linked", label: "Ask for another date", conditions: { statuses: ["scheduled"], min_hours_before_start: 24 } },
  { id: "survey", kind: "close", label: "Rate this visit", conditions: { statuses: ["done"], done_within_days: 30 } },
  { id: "book_again", kind: "create_intervention", label: "Book the next service", conditions: { statuses: ["done"] } },
]

/** The survey's and the actions' labels in the demo clients' languages. */
const LABELS: Record<"fr" | "it" | "sk", Pick<InterventionTypeTranslation, "survey_labels" | "action_labels">> = {
  fr: {
    survey_labels: { overall: "Êtes-vous satisfait de l'intervention ?", on_time: "Le technicien est-il arrivé à l'heure ?", comment: "Un commentaire ?" },
    action_labels: { replan: "Demander une autre date", survey: "Évaluer cette intervention", book_again: "Réserver le prochain entretien" },
  },
  it: {
    survey_labels: { overall: "Quanto è soddisfatto dell'intervento?", on_time: "Il tecnico è arrivato puntuale?", comment: "Qualcosa da aggiungere?" },
    action_labels: { replan: "Chiedere un'altra data", survey: "Valutare questo intervento", book_again: "Prenotare la prossima manutenzione" },
  },
  sk: {
    survey_labels: { overall: "Ako ste spokojní s návštevou?", on_time: "Prišiel technik načas?", comment: "Chcete niečo dodať?" },
    action_labels: { replan: "Požiadať o iný termín", survey: "Ohodnotiť túto návštevu", book_again: "Objednať ďalší servis" },
  },
}

/** The demo's types of visit, with templated portal texts in the demo clients' languages, skills, surveys and portal actions. */
const TYPES = [
  {
    name: "Preventive service",
    default_duration_minutes: 120,
    required_skills: ["maintenance"],
    bookable: true,
    portal_title: "Preventive service[[ of {{equipment.name}}]]",
    portal_short_description: "A technician services [[{{equipment.name}}||your machine]][[ at {{site.name}}]][[ ({{site.city}})]].",
    portal_long_description: "Visit {{intervention.number}}[[ planned for {{scheduled_start}}]][[ with {{technician.name}}]]: checks, filters and fluids.",
    survey_questions: SURVEY,
    portal_actions: ACTIONS,
    translations: {
      fr: {
        name: "Entretien préventif",
        portal_title: "Entretien préventif[[ de {{equipment.name}}]]",
        portal_short_description: "Un technicien entretient [[{{equipment.name}}||votre machine]][[ sur le site {{site.name}}]][[ ({{site.city}})]].",
        portal_long_description: "Visite {{intervention.number}}[[ planifiée le {{scheduled_start}}]][[ avec {{technician.name}}]] : contrôles, filtres et fluides.",
        ...LABELS.fr,
      },
      it: {
        name: "Manutenzione preventiva",
        portal_title: "Manutenzione preventiva[[ di {{equipment.name}}]]",
        portal_short_description: "Un tecnico esegue la manutenzione di [[{{equipment.name}}||la vostra macchina]][[ presso {{site.name}}]][[ ({{site.city}})]].",
        portal_long_description: "Visita {{intervention.number}}[[ programmata il {{scheduled_start}}]][[ con {{technician.name}}]]: controlli, filtri e fluidi.",
        ...LABELS.it,
      },
      sk: {
        name: "Preventívny servis",
        portal_title: "Preventívny servis[[ {{equipment.name}}]]",
        portal_short_description: "Technik vykoná servis [[{{equipment.name}}||vášho stroja]][[ na mieste {{site.name}}]][[ ({{site.city}})]].",
        portal_long_description: "Návšteva {{intervention.number}}[[ naplánovaná na {{scheduled_start}}]][[, technik {{technician.name}}]]: kontroly, filtre a náplne.",
        ...LABELS.sk,
      },
    },
  },
  {
    name: "Repair",
    default_duration_minutes: 90,
    required_skills: ["repair"],
    bookable: false,
    portal_title: "Repair[[ at {{site.name}}]]",
    portal_short_description: "Diagnosis and repair of [[{{equipment.name}}||your machine]]; staff schedule the visit.",
    portal_long_description: null,
    survey_questions: SURVEY,
    portal_actions: ACTIONS.slice(1),
    translations: {
      fr: { name: "Réparation", portal_title: "Réparation[[ sur le site {{site.name}}]]", portal_short_description: "Diagnostic et réparation de [[{{equipment.name}}||votre machine]] ; nous planifions la visite.", ...LABELS.fr },
      it: { name: "Riparazione", portal_title: "Riparazione[[ presso {{site.name}}]]", portal_short_description: "Diagnosi e riparazione di [[{{equipment.name}}||la vostra macchina]]; pianifichiamo noi la visita.", ...LABELS.it },
      sk: { name: "Oprava", portal_title: "Oprava[[ na mieste {{site.name}}]]", portal_short_description: "Diagnostika a oprava [[{{equipment.name}}||vášho stroja]]; termín návštevy naplánujeme my.", ...LABELS.sk },
    },
  },
  {
    name: "Safety inspection",
    default_duration_minutes: 60,
    required_skills: ["inspection"],
    bookable: true,
    portal_title: "Safety inspection[[ of {{equipment.name}}]]",
    portal_short_description: "The yearly inspection required by law, with its certificate.",
    portal_long_description: null,
    survey_questions: SURVEY.slice(0, 1),
    portal_actions: ACTIONS,
    translations: {
      fr: { name: "Contrôle de sécurité", portal_title: "Contrôle de sécurité[[ de {{equipment.name}}]]", portal_short_description: "Le contrôle annuel obligatoire, avec son certificat.", ...LABELS.fr },
      it: { name: "Verifica di sicurezza", portal_title: "Verifica di sicurezza[[ di {{equipment.name}}]]", portal_short_description: "La verifica annuale prevista dalla legge, con il suo certificato.", ...LABELS.it },
      sk: { name: "Bezpečnostná kontrola", portal_title: "Bezpečnostná kontrola[[ {{equipment.name}}]]", portal_short_description: "Zákonom predpísaná ročná kontrola s osvedčením.", ...LABELS.sk },
    },
  },
  {
    name: "Installation",
    default_duration_minutes: 240,
    required_skills: ["installation", "electrical"],
    bookable: false,
    portal_title: "Installation[[ at {{site.name}}]]",
    portal_short_description: null,
    portal_long_description: null,
    survey_questions: null,
    portal_actions: null,
    translations: {
      fr: { name: "Installation", portal_title: "Installation[[ sur le site {{site.name}}]]" },
      it: { name: "Installazione", portal_title: "Installazione[[ presso {{site.name}}]]" },
      sk: { name: "Inštalácia", portal_title: "Inštalácia[[ na mieste {{site.name}}]]" },
    },
  },
]

const WEEK: WorkingHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }]])
)

/** Five technicians based near the demo companies' sites (Lyon, Grenoble, Milan, Bergamo, Košice). */
const TECHNICIANS = [
  { name: "Luc Bernard", skills: ["maintenance", "repair", "inspection"], home: [45.76, 4.84], time_zone: "Europe/Paris", company: "Acme Industrie" },
  { name: "Amélie Roux", skills: ["maintenance", "installation", "electrical"], home: [45.19, 5.73], time_zone: "Europe/Paris", company: "Acme Industrie" },
  { name: "Giulia Conti", skills: ["maintenance", "repair", "inspection"], home: [45.48, 9.19], time_zone: "Europe/Rome", company: "Rossi Impianti" },
  { name: "Marco Ferri", skills: ["repair", "installation", "electrical"], home: [45.69, 9.67], time_zone: "Europe/Rome", company: "Rossi Impianti" },
  { name: "Peter Horváth", skills: ["maintenance", "repair", "inspection", "electrical"], home: [48.72, 21.26], time_zone: "Europe/Bratislava", company: "Tatra Energy" },
]

/** The technicians' reports, in each demo company's language. */
const WORK_DONE: Record<DemoCompany["locale"], string[]> = {
  en: [
    "Replaced the hydraulic filter and engine oil; checked belts and hoses; no leak found.",
    "Cleaned the air intake, replaced the filter, tested the pressure switch.",
    "Inspected the structure and the safety devices; certificate issued.",
  ],
  fr: [
    "Remplacement du filtre hydraulique et de l'huile moteur ; contrôle des courroies et flexibles ; aucune fuite.",
    "Nettoyage de l'admission d'air, remplacement du filtre, test du pressostat.",
    "Inspection de la structure et des dispositifs de sécurité ; certificat délivré.",
  ],
  it: [
    "Sostituiti il filtro idraulico e l'olio motore; controllati cinghie e tubi; nessuna perdita.",
    "Pulita la presa d'aria, sostituito il filtro, provato il pressostato.",
    "Ispezionati la struttura e i dispositivi di sicurezza; certificato rilasciato.",
  ],
  sk: [
    "Vymenený hydraulický filter a motorový olej; skontrolované remene a hadice; bez úniku.",
    "Vyčistené nasávanie vzduchu, vymenený filter, otestovaný tlakový spínač.",
    "Skontrolovaná konštrukcia a bezpečnostné zariadenia; vydaný certifikát.",
  ],
}

/** What the demo clients wrote, and why a visit was cancelled, in their language. */
const SURVEY_COMMENT: Record<DemoCompany["locale"], string> = {
  en: "Quick and clean work.",
  fr: "Travail rapide et soigné.",
  it: "Lavoro rapido e pulito.",
  sk: "Rýchla a čistá práca.",
}
const CANCELLATION: Record<DemoCompany["locale"], string> = {
  en: "The site is closed that day",
  fr: "Le site est fermé ce jour-là",
  it: "Il sito è chiuso quel giorno",
  sk: "Prevádzka je v ten deň zatvorená",
}

/**
 * A small generated PNG (a gradient with bands, in one of a few colours): the demo's visit photos, real images
 * the portal's gallery and the report PDF show like uploaded ones.
 */
function demoPhoto(hue: [number, number, number], bands: number, width = 160, height = 120): string {
  return drawPng(width, height, (x, y) => {
    const shade = 0.55 + 0.45 * (x / width) * (Math.floor((y * bands) / height) % 2 ? 1 : 0.8)
    return hue.map((c) => c * shade) as [number, number, number]
  }).toString("base64")
}

const PHOTOS = [
  { name: "before.png", caption: "The machine before the visit", hue: [70, 110, 160] as [number, number, number], bands: 4 },
  { name: "after.png", caption: "The machine after the visit, parts replaced", hue: [60, 150, 90] as [number, number, number], bands: 6 },
]

type Planned = { status: InterventionStatus; day: number; slot: 0 | 1; type: number; technician: number; description: string }

/** Each company's visits over two weeks around today, in every status; slots 09:00–11:00 and 14:00–16:00 local. */
const PLAN: Record<string, Planned[]> = {
  "Acme Industrie": [
    { status: "done", day: -6, slot: 0, type: 0, technician: 0, description: "Entretien annuel de la pelleteuse" },
    { status: "done", day: -5, slot: 1, type: 2, technician: 0, description: "Inspection de sécurité avant l'audit" },
    { status: "done", day: -3, slot: 0, type: 1, technician: 1, description: "Le compresseur s'arrête au bout de dix minutes" },
    { status: "cancelled", day: 2, slot: 0, type: 0, technician: 1, description: "Entretien reporté au mois prochain" },
    { status: "in_progress", day: 0, slot: 0, type: 1, technician: 0, description: "Le groupe électrogène ne démarre pas" },
    { status: "en_route", day: 0, slot: 1, type: 0, technician: 1, description: "Entretien de la pompe du nettoyeur haute pression" },
    { status: "scheduled", day: 2, slot: 1, type: 0, technician: 0, description: "Révision des 250 h du chariot élévateur" },
    { status: "scheduled", day: 4, slot: 0, type: 2, technician: 0, description: "Inspection des équipements de levage" },
    { status: "scheduled", day: 6, slot: 1, type: 3, technician: 1, description: "Installation du nouveau groupe électrogène" },
  ],
  "Rossi Impianti": [
    { status: "done", day: -4, slot: 0, type: 0, technician: 2, description: "Manutenzione annuale del compressore" },
    { status: "scheduled", day: 3, slot: 0, type: 1, technician: 3, description: "Perdita d'olio sul generatore" },
    { status: "cancelled", day: 5, slot: 1, type: 2, technician: 2, description: "Ispezione annullata" },
  ],
  "Tatra Energy": [
    { status: "done", day: -2, slot: 1, type: 0, technician: 4, description: "Ročný servis generátora" },
    { status: "scheduled", day: 1, slot: 0, type: 2, technician: 4, description: "Revízia zdvíhacieho zariadenia" },
  ],
}

/** Requests waiting in staff's "to schedule" inbox (per company: site index, machine or not). */
const REQUESTS: Record<string, { site: number; withMachine: boolean; type: number | null; description: string }[]> = {
  "Acme Industrie": [
    { site: 0, withMachine: true, type: 0, description: "Merci d'entretenir la pelleteuse avant l'ouverture du nouveau chantier" },
    { site: 1, withMachine: true, type: 1, description: "Bruit étrange du compresseur" },
    { site: 2, withMachine: false, type: null, description: "Contrôler l'armoire électrique après l'orage" },
  ],
  "Rossi Impianti": [{ site: 0, withMachine: true, type: 0, description: "Richiesta di manutenzione programmata" }],
  "Tatra Energy": [{ site: 1, withMachine: true, type: 2, description: "Potrebujeme revíziu do konca mesiaca" }],
}

/** The working day `offset` days from today (weekends skipped forward or back), as a local date. */
function workingDay(now: Date, offset: number): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offset * DAY)
  const weekday = date.getUTCDay()
  const shift = weekday === 6 ? (offset < 0 ? -1 : 2) : weekday === 0 ? (offset < 0 ? -2 : 1) : 0
  const d = new Date(date.getTime() + shift * DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/**
 * Field service for the demo: types, five technicians with home bases near the companies' sites, two weeks of
 * visits in every status (done ones with reports, parts, photos and survey answers) and requests in the inbox. Left
 * alone when any intervention exists, so a re-run creates nothing.
 */
export async function seedFieldService(container: MedusaContainer, companies: DemoCompany[], now = new Date()): Promise<number> {
  const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  const [existing] = await service.listInterventions({}, { select: ["id"], take: 1, withDeleted: true })
  if (existing) return 0
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)

  const types = await service.createInterventionTypes(TYPES.map((t) => ({ ...t, portal_visible: true })))
  const technicians = await service.createTechnicians(
    TECHNICIANS.map((t) => ({
      name: t.name,
      skills: t.skills,
      home_latitude: t.home[0],
      home_longitude: t.home[1],
      time_zone: t.time_zone,
      working_hours: WEEK,
      email: `${t.name.split(" ")[0].toLowerCase()}@service.example`,
    }))
  )
  await service.createTechnicianAbsences({
    technician_id: technicians[2].id,
    starts_at: new Date(now.getTime() + 8 * DAY),
    ends_at: new Date(now.getTime() + 10 * DAY),
    reason: "Training",
  })
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: ["PART-HF12", "PART-OIL20", "PART-AF90"] }, { relations: ["product"] })
  const parts = variants.map((v) => ({ variant_id: v.id, title: v.product?.title ?? v.title ?? "", sku: v.sku ?? null, quantity: 1 }))

  let created = 0
  for (const company of companies) {
    const [account] = await accounts.listClientAccounts({ name: company.name }, { select: ["id"] })
    if (!account) continue
    const sites = await accounts.listSites({ account_id: account.id }, { order: { created_at: "ASC" } })
    const machines = await fleet.listEquipment({ account_id: account.id }, { select: ["id", "site_id", "name"], order: { name: "ASC" } })
    const [member] = await accounts.listAccountMembers({ account_id: account.id, role: "admin" }, { select: ["id"] })
    const machineAt = (siteId: string, n: number) => machines.filter((m) => m.site_id === siteId)[n] ?? null
    const base = (site: (typeof sites)[number], n: number) => {
      const machine = machineAt(site.id, n)
      return {
        account_id: account.id,
        site_id: site.id,
        equipment_id: machine?.id ?? null,
        address: { address_1: site.address_1, address_2: site.address_2, postal_code: site.postal_code, city: site.city, country_code: site.country_code },
        latitude: site.latitude,
        longitude: site.longitude,
        contact_name: site.contact_name,
        contact_phone: site.contact_phone,
        contact_email: site.contact_email,
        requested_by_member_id: member?.id ?? null,
      }
    }

    for (const [index, p] of (PLAN[company.name] ?? []).entries()) {
      const technician = technicians[p.technician]
      const tz = TECHNICIANS[p.technician].time_zone
      const { year, month, day } = workingDay(now, p.day)
      const start = new Date(zonedToInstant(year, month, day, p.slot === 0 ? 9 * 60 : 14 * 60, tz))
      const end = new Date(start.getTime() + Math.min(TYPES[p.type].default_duration_minutes, 120) * 60_000)
      const site = sites[index % sites.length]
      const done = p.status === "done"
      const intervention = await service.createInterventions({
        ...base(site, index),
        number: await service.nextInterventionNumber(),
        type_id: types[p.type].id,
        status: p.status,
        description: p.description,
        technician_id: technician.id,
        scheduled_start: start,
        scheduled_end: end,
        completed_at: done ? end : null,
        cancelled_at: p.status === "cancelled" ? new Date(now.getTime() - DAY) : null,
        cancellation_reason: p.status === "cancelled" ? CANCELLATION[company.locale] : null,
      })
      const path: InterventionStatus[] =
        p.status === "cancelled" ? ["requested", "scheduled", "cancelled"] : ["requested", "scheduled", "en_route", "in_progress", "done"].slice(0, ["requested", "scheduled", "en_route", "in_progress", "done"].indexOf(p.status) + 1) as InterventionStatus[]
      await service.createInterventionStatusChanges(
        path.map((to, i) => ({
          intervention_id: intervention.id,
          from_status: i ? path[i - 1] : null,
          to_status: to,
          actor_type: i === 0 ? ("member" as const) : ("user" as const),
          actor_id: i === 0 ? member?.id ?? null : null,
        }))
      )
      if (done) {
        await service.createInterventionReports({
          intervention_id: intervention.id,
          work_done: WORK_DONE[company.locale][index % WORK_DONE[company.locale].length],
          parts: parts.slice(0, 1 + (index % 2)),
          duration_minutes: 95 + index * 5,
          meter_values: [],
          signature_name: company.members[0] ? `${company.members[0].first_name} ${company.members[0].last_name}` : null,
          completed_at: end,
        })
        const files = await container.resolve(Modules.FILE).createFiles(
          PHOTOS.map((p) => ({ filename: p.name, mimeType: "image/png", content: demoPhoto(p.hue, p.bands + index), access: "private" as const }))
        )
        await service.addInterventionPhotos(
          PHOTOS.map((p, n) => ({ intervention_id: intervention.id, file_id: files[n].id, name: p.name, mime_type: "image/png", caption: p.caption }))
        )
        if (index % 2 === 0) {
          await service.createInterventionSurveyAnswers({
            intervention_id: intervention.id,
            answers: { overall: 5 - (index % 2), on_time: true, comment: SURVEY_COMMENT[company.locale] },
            answered_by_member_id: member?.id ?? null,
          })
        }
      }
      created++
    }

    for (const [index, r] of (REQUESTS[company.name] ?? []).entries()) {
      const site = sites[r.site % sites.length]
      const data = base(site, 0)
      const intervention = await service.createInterventions({
        ...data,
        equipment_id: r.withMachine ? data.equipment_id : null,
        number: await service.nextInterventionNumber(),
        type_id: r.type === null ? null : types[r.type].id,
        status: "requested",
        description: r.description,
      })
      await service.createInterventionStatusChanges({
        intervention_id: intervention.id,
        from_status: null,
        to_status: "requested",
        actor_type: "member",
        actor_id: member?.id ?? null,
        note: index === 0 ? "Requested from the portal" : null,
      })
      created++
    }
  }
  // The demo shows clients the technicians' planning (busy or free; their own visits in full).
  await updateFieldServiceSettingsWorkflow(container).run({ input: { planning_visible: true } })
  return created
}
