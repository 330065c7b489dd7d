import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** The sales pages that hang under "Orders" rather than in the main navigation: order pad, approvals, prices and statistics. */
export async function SalesLinks() {
  const t = await getTranslations("Billing.orders")
  const tPad = await getTranslations("OrderPad.approvals")
  const link = "font-medium text-brand-700 underline underline-offset-2"
  return (
    <nav aria-label={t("otherSections")} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      <Link href="/orders/new" className={link} data-testid="link-order-pad">
        {tPad("padLink")}
      </Link>
      <Link href="/orders/approvals" className={link} data-testid="link-approvals">
        {tPad("link")}
      </Link>
      <Link href="/orders/prices" className={link} data-testid="link-prices">
        {t("prices")}
      </Link>
      <Link href="/orders/statistics" className={link} data-testid="link-statistics">
        {t("statistics")}
      </Link>
    </nav>
  )
}
