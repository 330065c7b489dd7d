import { getTranslations } from "next-intl/server"
import { SectionEmptyState, SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { customerDisplayName, retrieveCustomer } from "@/lib/data/customer"

export const generateMetadata = sectionMetadata("account")

export default async function AccountPage() {
  const [lookup, t] = await Promise.all([retrieveCustomer(), getTranslations("Account")])
  const customer = lookup.status === "signed-in" ? lookup.customer : null

  const rows = customer
    ? [
        { label: t("name"), value: customerDisplayName(customer) },
        { label: t("email"), value: customer.email },
        { label: t("phone"), value: customer.phone ?? undefined },
        { label: t("company"), value: customer.company_name ?? undefined },
      ]
    : []

  return (
    <>
      <SectionHeader section="account" />
      {customer ? (
        <section aria-labelledby="profile-title" className="mt-8 rounded-2xl border border-slate-200 bg-white p-6">
          <h2 id="profile-title" className="text-lg font-semibold text-slate-900">
            {t("profileTitle")}
          </h2>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2">
            {rows.map((row) => (
              <div key={row.label}>
                <dt className="text-sm text-slate-500">{row.label}</dt>
                <dd className="mt-1 break-words font-medium text-slate-900">
                  {row.value || <span className="font-normal text-slate-500">{t("notProvided")}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <SectionEmptyState section="account" />
    </>
  )
}
