import { getTranslations } from "next-intl/server"

const KNOWN_ERRORS = ["forbidden", "not_found", "refused", "unavailable", "bad_quantity"] as const

/** The outcome of the last action, carried in the address by the server action's redirect. */
export async function PadNotice({ notice, error, detail, children }: { notice?: string; error?: string; detail?: string; children?: React.ReactNode }) {
  const t = await getTranslations("OrderPad")
  if (error) {
    const key = (KNOWN_ERRORS as readonly string[]).includes(error) ? (error as (typeof KNOWN_ERRORS)[number]) : "unavailable"
    return (
      <div role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="pad-error">
        <p className="font-medium">{t(`errors.${key}`)}</p>
        {detail ? <p className="mt-1">{detail}</p> : null}
      </div>
    )
  }
  if (!notice && !children) return null
  return (
    <p role="status" className="mt-4 rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="pad-notice">
      {children}
    </p>
  )
}
