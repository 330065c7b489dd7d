"use client"

import { useActionState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import { MEMBER_ROLE_OPTIONS } from "./roles"
import { inviteMemberAction } from "./member-actions"
import { initialInviteState, type InviteField, type InviteState } from "./invite-state"

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-red-600"

type SiteOption = { id: string; name: string }

/**
 * An account admin invites a colleague: e-mail, names, role and, optionally, the sites they may see
 * (none ticked = every site; an admin limited to some sites must tick some of theirs). A server action
 * behind a plain form; errors come back next to their field.
 */
export function InviteForm({ sites, sitesLimited }: { sites: SiteOption[]; sitesLimited: boolean }) {
  const t = useTranslations("Members")
  const tRoles = useTranslations("Portal.roles")
  const [state, formAction, pending] = useActionState<InviteState, FormData>(inviteMemberAction, initialInviteState)
  const errorFor = (name: InviteField) => (state.errorField === name && state.error ? t(`errors.${state.error}`) : null)

  return (
    // Remounted on every answer (key) so the fields show the values the server sent back.
    <form key={state.version} action={formAction} noValidate className="space-y-4" aria-busy={pending} data-testid="invite-form">
      {state.invited ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="invite-success">
          {t("invited", { email: state.invited })}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="email" label={t("email")} error={errorFor("email")} className="sm:col-span-2">
          <input id="invite-email" name="email" type="email" autoComplete="off" defaultValue={state.values.email} {...invalid(errorFor("email"), "email")} className={inputClass} />
        </Field>
        <Field name="first_name" label={t("firstName")} error={errorFor("first_name")}>
          <input id="invite-first_name" name="first_name" type="text" autoComplete="off" defaultValue={state.values.first_name} {...invalid(errorFor("first_name"), "first_name")} className={inputClass} />
        </Field>
        <Field name="last_name" label={t("lastName")} error={errorFor("last_name")}>
          <input id="invite-last_name" name="last_name" type="text" autoComplete="off" defaultValue={state.values.last_name} {...invalid(errorFor("last_name"), "last_name")} className={inputClass} />
        </Field>
        <Field name="role" label={t("role")} error={errorFor("role")} className="sm:col-span-2">
          <select id="invite-role" name="role" defaultValue={state.values.role} {...invalid(errorFor("role"), "role")} className={inputClass}>
            {MEMBER_ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)} — {t(`roleHelp.${role}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {sites.length ? (
        <fieldset aria-describedby="invite-sites-hint">
          <legend className="text-sm font-medium text-slate-900">{t("sites")}</legend>
          <p id="invite-sites-hint" className="mt-1 text-sm text-slate-600">
            {sitesLimited ? t("sitesHintLimited") : t("sitesHint")}
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {sites.map((site) => (
              <label key={site.id} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="site_ids"
                  value={site.id}
                  defaultChecked={state.values.site_ids.includes(site.id)}
                  className="size-4 rounded border-slate-300"
                />
                <span className="break-words">{site.name}</span>
              </label>
            ))}
          </div>
          {errorFor("site_ids") ? <p className="mt-2 text-sm font-medium text-red-700">{errorFor("site_ids")}</p> : null}
        </fieldset>
      ) : null}
      {state.error && !state.errorField ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        data-testid="invite-submit"
        className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("inviting") : t("invite")}
      </button>
    </form>
  )
}

function invalid(error: string | null, name: InviteField) {
  return error ? { "aria-invalid": true, "aria-describedby": `invite-${name}-error` } : {}
}

function Field(props: { name: InviteField; label: string; error: string | null; className?: string; children: ReactNode }) {
  const { name, label, error, className, children } = props
  return (
    <div className={className}>
      <label htmlFor={`invite-${name}`} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`invite-${name}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
