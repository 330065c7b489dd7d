import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { saveNotificationPreferencesAction } from "@/components/notifications/actions"
import { NotificationsError } from "@/components/notifications/notifications-error"
import { SubmitButton } from "@/components/notifications/submit-button"
import { single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { describeError } from "@/lib/data/client"
import { getNotificationPreferences, NOTIFICATION_CHANNELS, type NotificationPreferenceDto } from "@/lib/data/notifications"
import { requirePortalSession } from "@/lib/data/portal"

type PreferencesProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ saved?: string | string[]; error?: string | string[] }>
}

export async function generateMetadata({ params }: PreferencesProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support.notifications" })
  return { title: t("preferencesTitle") }
}

/**
 * How the member hears of each client event: a table of events × channels, one radio group per event (a
 * plain form, so it works without JavaScript). Read-only sessions see the choices and cannot change them.
 */
export default async function NotificationPreferencesPage({ params, searchParams }: PreferencesProps) {
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const [{ me }, t] = await Promise.all([requirePortalSession(), getTranslations("Support.notifications")])
  let preferences: NotificationPreferenceDto[] | null = null
  try {
    preferences = await getNotificationPreferences(locale)
  } catch (error) {
    console.warn(`[portal] notification preferences: ${describeError(error)}`)
  }
  const canChange = !me.scope.read_only && me.scope.kind !== "link"
  const error = single(query.error)

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
        <Link href="/notifications" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("preferencesTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("preferencesIntro")}</p>
      </header>
      {single(query.saved) === "1" ? (
        <p role="status" className="mt-4 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="preferences-saved">
          {t("saved")}
        </p>
      ) : null}
      {error ? <NotificationsError reason={error} /> : null}
      {!canChange ? <p className="mt-4 text-sm text-slate-700">{t("readOnly")}</p> : null}
      {preferences ? (
        <form action={saveNotificationPreferencesAction} className="mt-6" data-testid="preferences-form">
          <input type="hidden" name="locale" value={locale} />
          <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    {t("event")}
                  </th>
                  {NOTIFICATION_CHANNELS.map((channel) => (
                    <th key={channel} scope="col" className="px-4 py-3 text-center font-semibold">
                      {t(`channels.${channel}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {preferences.map((preference) => (
                  <tr key={preference.event} data-testid="preference-row" data-event={preference.event}>
                    <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                      {preference.label}
                    </th>
                    {NOTIFICATION_CHANNELS.map((channel) => {
                      const id = `channel-${preference.event}-${channel}`.replace(/[^\w-]/g, "-")
                      return (
                        <td key={channel} className="px-4 py-3 text-center">
                          <input
                            id={id}
                            type="radio"
                            name={`channel:${preference.event}`}
                            value={channel}
                            defaultChecked={preference.channel === channel}
                            disabled={!canChange}
                            className="size-5 accent-brand-600"
                          />
                          <label htmlFor={id} className="sr-only">
                            {`${preference.label}: ${t(`channels.${channel}`)}${preference.default_channel === channel ? ` ${t("default")}` : ""}`}
                          </label>
                          {preference.default_channel === channel ? (
                            <span aria-hidden="true" className="mt-1 block text-xs text-slate-600">
                              {t("default")}
                            </span>
                          ) : null}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canChange ? (
            <div className="mt-4">
              <SubmitButton label={t("save")} pendingLabel={t("saving")} />
            </div>
          ) : null}
        </form>
      ) : (
        <NotificationsError reason="unavailable" />
      )}
    </>
  )
}
