"use client"

import { useActionState, useRef, useState, type ReactNode } from "react"
import { useLocale, useTranslations } from "next-intl"
import { plainText } from "./format"
import { requestInterventionAction, requestTypeTextsAction } from "./intervention-actions"
import { initialInterventionFormState } from "./intervention-state"

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-red-600"

export type RequestSite = {
  id: string
  name: string
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
}
export type RequestEquipment = { id: string; name: string; site_id: string | null }
export type RequestType = { id: string; name: string; title: string; short_description: string | null; bookable: boolean }
export type RequestContact = { name: string; phone: string; email: string }

type Address = Pick<RequestSite, "address_1" | "address_2" | "postal_code" | "city" | "country_code">
type Contact = RequestContact

function addressOf(site: RequestSite | undefined): Record<keyof Address, string> {
  return {
    address_1: site?.address_1 ?? "",
    address_2: site?.address_2 ?? "",
    postal_code: site?.postal_code ?? "",
    city: site?.city ?? "",
    country_code: site?.country_code?.toUpperCase() ?? "",
  }
}

/** The site's contact where it has one, else the member who asks. */
function contactOf(site: RequestSite | undefined, member: Contact): Contact {
  return {
    name: site?.contact_name || member.name,
    phone: site?.contact_phone || member.phone,
    email: site?.contact_email || member.email,
  }
}

/**
 * The request form, pre-filled from the site, the machine and the member: choosing another site refills
 * the address and contact from it; every field stays editable; only the description is required.
 */
export function RequestForm({
  sites,
  equipment,
  types,
  member,
  initialSiteId,
  initialEquipmentId,
}: {
  sites: RequestSite[]
  equipment: RequestEquipment[]
  types: RequestType[]
  member: Contact
  initialSiteId: string
  initialEquipmentId: string
}) {
  const t = useTranslations("Interventions.request")
  const tErrors = useTranslations("Interventions.errors")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(requestInterventionAction, initialInterventionFormState)
  const [siteId, setSiteId] = useState(initialSiteId || sites[0]?.id || "")
  const [equipmentId, setEquipmentId] = useState(initialEquipmentId)
  const site = sites.find((candidate) => candidate.id === siteId)
  const [address, setAddress] = useState(() => addressOf(site))
  const [contact, setContact] = useState(() => contactOf(site, member))
  // Controlled, because React resets a form's uncontrolled fields after its action: a refusal must keep the text.
  const [description, setDescription] = useState("")
  const [typeId, setTypeId] = useState("")
  const [typeTexts, setTypeTexts] = useState(types)
  const lastAsked = useRef(0)
  const siteEquipment = equipment.filter((item) => item.site_id === siteId)

  // The types' texts name the chosen site and machine ("Preventive service of Press P1"): the backend renders
  // them again for each choice; only the latest answer counts, and without one the texts fall back to the names.
  const refreshTypeTexts = async (nextSiteId: string, nextEquipmentId: string) => {
    const asked = ++lastAsked.current
    const texts = await requestTypeTextsAction(nextSiteId, nextEquipmentId)
    if (asked !== lastAsked.current) return
    setTypeTexts(
      types.map((type) => {
        const fresh = texts?.find((candidate) => candidate.id === type.id)
        return fresh ? { ...type, title: fresh.title, short_description: fresh.short_description } : { ...type, title: type.name, short_description: null }
      })
    )
  }

  const chooseSite = (id: string) => {
    const next = sites.find((candidate) => candidate.id === id)
    setSiteId(id)
    setAddress(addressOf(next))
    setContact(contactOf(next, member))
    const keptEquipment = equipment.some((item) => item.id === equipmentId && item.site_id === id) ? equipmentId : ""
    setEquipmentId(keptEquipment)
    void refreshTypeTexts(id, keptEquipment)
  }

  const chooseEquipment = (id: string) => {
    setEquipmentId(id)
    void refreshTypeTexts(siteId, id)
  }

  const descriptionError = state.error === "description_required" ? tErrors("description_required") : null
  const general = state.error && state.error !== "description_required" ? tErrors(state.error) : null

  return (
    <form action={formAction} noValidate aria-busy={pending} className="mt-6 space-y-8" data-testid="request-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <legend className="px-1 text-lg font-semibold text-slate-900">{t("what")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="request-site" label={t("site")}>
            <select id="request-site" name="site_id" value={siteId} onChange={(event) => chooseSite(event.target.value)} className={inputClass}>
              {sites.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-equipment" label={t("equipment")}>
            <select id="request-equipment" name="equipment_id" value={equipmentId} onChange={(event) => chooseEquipment(event.target.value)} className={inputClass}>
              <option value="">{t("noEquipment")}</option>
              {siteEquipment.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {typeTexts.length ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">{t("type")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              <TypeOption id="request-type-none" value="" checked={typeId === ""} onPick={setTypeId} title={t("typeUnsure")} description={t("typeUnsureHint")} />
              {typeTexts.map((type) => (
                <TypeOption
                  key={type.id}
                  id={`request-type-${type.id}`}
                  value={type.id}
                  checked={typeId === type.id}
                  onPick={setTypeId}
                  title={plainText(type.title || type.name)}
                  description={type.short_description ? plainText(type.short_description) : null}
                  badge={type.bookable ? t("bookable") : null}
                />
              ))}
            </div>
          </fieldset>
        ) : null}
        <Field id="request-description" label={t("description")} hint={t("descriptionHint")} error={descriptionError}>
          <textarea
            id="request-description"
            name="description"
            rows={5}
            required
            aria-required="true"
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            className={inputClass}
            {...(descriptionError ? { "aria-invalid": true, "aria-describedby": "request-description-error" } : {})}
          />
        </Field>
      </fieldset>

      <fieldset className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <legend className="px-1 text-lg font-semibold text-slate-900">{t("where")}</legend>
        <p className="text-sm text-slate-600">{t("whereHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["address_1", "address_2", "postal_code", "city", "country_code"] as const).map((name) => (
            <Field key={name} id={`request-${name}`} label={t(`address.${name}`)}>
              <input
                id={`request-${name}`}
                name={name}
                value={address[name]}
                onChange={(event) => setAddress({ ...address, [name]: event.target.value })}
                maxLength={name === "country_code" ? 2 : 200}
                autoComplete={AUTOCOMPLETE[name]}
                className={inputClass}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <legend className="px-1 text-lg font-semibold text-slate-900">{t("contact")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="request-contact-name" label={t("contactName")}>
            <input id="request-contact-name" name="contact_name" value={contact.name} onChange={(event) => setContact({ ...contact, name: event.target.value })} maxLength={200} autoComplete="name" className={inputClass} />
          </Field>
          <Field id="request-contact-phone" label={t("contactPhone")}>
            <input id="request-contact-phone" name="contact_phone" type="tel" value={contact.phone} onChange={(event) => setContact({ ...contact, phone: event.target.value })} maxLength={200} autoComplete="tel" className={inputClass} />
          </Field>
          <Field id="request-contact-email" label={t("contactEmail")}>
            <input id="request-contact-email" name="contact_email" type="email" value={contact.email} onChange={(event) => setContact({ ...contact, email: event.target.value })} maxLength={200} autoComplete="email" className={inputClass} />
          </Field>
        </div>
      </fieldset>

      {general ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="request-error">
          <p className="font-medium">{general}</p>
          {state.detail ? <p className="mt-1">{state.detail}</p> : null}
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
        data-testid="request-submit"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  )
}

const AUTOCOMPLETE = {
  address_1: "address-line1",
  address_2: "address-line2",
  postal_code: "postal-code",
  city: "address-level2",
  country_code: "country",
} as const

type TypeOptionProps = { id: string; value: string; title: string; description: string | null; badge?: string | null; checked: boolean; onPick: (value: string) => void }

function TypeOption({ id, value, title, description, badge, checked, onPick }: TypeOptionProps) {
  return (
    <label htmlFor={id} className="flex cursor-pointer gap-3 rounded-xl border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
      <input id={id} type="radio" name="type_id" value={value} checked={checked} onChange={() => onPick(value)} className="mt-1 size-4" />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">
          {title}
          {badge ? <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800">{badge}</span> : null}
        </span>
        {description ? <span className="mt-0.5 block text-sm text-slate-600">{description}</span> : null}
      </span>
    </label>
  )
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700" data-testid="request-field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
