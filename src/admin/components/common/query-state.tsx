import { Alert, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/** Loading, error and empty states shared by every client-portal table and page. */
export function QueryState({
  isPending,
  error,
  isEmpty,
  empty,
  children,
}: {
  isPending: boolean
  error: Error | null
  isEmpty?: boolean
  empty?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  if (isPending) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("clientPortal.common.loading")}
        </Text>
      </div>
    )
  }
  if (error) {
    return (
      <div className="px-6 py-4">
        <Alert variant="error">{t("clientPortal.common.loadError", { message: error.message })}</Alert>
      </div>
    )
  }
  if (isEmpty) {
    return (
      <div className="px-6 py-6">
        <Text size="small" className="text-ui-fg-muted">
          {empty}
        </Text>
      </div>
    )
  }
  return <>{children}</>
}

export const formatDate = (value: string | null | undefined, locale: string) =>
  value ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "—"

/** A labelled form field with the label tied to its control for screen readers and tests. */
export function Field({ id, label, children, hint }: { id: string; label: string; children: ReactNode; hint?: string }) {
  return (
    <div className="flex flex-col gap-y-1">
      <label htmlFor={id} className="txt-compact-small-plus text-ui-fg-base">
        {label}
      </label>
      {children}
      {hint ? <span className="txt-compact-xsmall text-ui-fg-subtle">{hint}</span> : null}
    </div>
  )
}
