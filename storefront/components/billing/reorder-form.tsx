"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { reorderAction } from "./billing-actions"
import { BillingFormError } from "./form-error"
import { initialBillingFormState } from "./billing-state"

/** "Order these items again": one button; the answer says where the lines went. */
export function ReorderForm({ orderId, lineCount }: { orderId: string; lineCount: number }) {
  const t = useTranslations("Billing.orders")
  const tPad = useTranslations("OrderPad.approvals")
  const [state, formAction, pending] = useActionState(reorderAction, initialBillingFormState)
  return (
    <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-5">
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" aria-busy={pending}>
        <input type="hidden" name="order_id" value={orderId} />
        <input type="hidden" name="line_count" value={lineCount} />
        <p className="text-sm text-slate-700">{t("reorderHint")}</p>
        <button
          type="submit"
          disabled={pending}
          className="shrink-0 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          data-testid="reorder"
        >
          {pending ? t("reordering") : t("reorder")}
        </button>
      </form>
      <div className="mt-3 empty:hidden" aria-live="polite">
        {state.done ? (
          <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="reorder-done">
            {t("reordered", { count: state.amount ?? 0 })}{" "}
            <Link href="/orders/new" className="font-medium underline underline-offset-2" data-testid="reorder-open-pad">
              {tPad("padLink")}
            </Link>
          </p>
        ) : null}
        <BillingFormError state={state} scope="orders" />
      </div>
    </section>
  )
}
