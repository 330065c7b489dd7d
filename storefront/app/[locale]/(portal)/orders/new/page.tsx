import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Pager, pageOf, single } from "@/components/common/pager"
import { addToCartAction, changeLineAction, checkoutAction, toggleFavouriteAction } from "@/components/order-pad/order-pad-actions"
import { CardCheckout } from "@/components/order-pad/card-checkout"
import { PadNotice } from "@/components/order-pad/notices"
import { SubmitButton } from "@/components/order-pad/submit-button"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { ORDER_PAD_PAGE_SIZE, cardCheckout, currentCart, getOrderPadTerms, listOrderPadProducts } from "@/lib/data/order-pad"

type OrderPadPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrderPad.pad")
  return { title: t("title") }
}

const link = "font-medium text-brand-700 underline underline-offset-2"
const input = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"

/**
 * The order pad: the catalogue at the client's prices for a site (search, "bought before", the member's
 * favourites, pages), the Medusa
 * cart beside it, and checkout. Forms and links only, so it works without JavaScript and by keyboard.
 */
export default async function OrderPadPage({ params, searchParams }: OrderPadPageProps) {
  await assertSectionOn("orders")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const [t, tCart] = await Promise.all([getTranslations("OrderPad.pad"), getTranslations("OrderPad.cart")])
  const terms = await getOrderPadTerms()
  const header = (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/orders" className={link}>
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
    </>
  )
  if (!terms) {
    return (
      <>
        {header}
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="pad-not-allowed">
          {t("notAllowed")}
        </p>
      </>
    )
  }

  const q = single(query.q).slice(0, 200)
  const requestedSite = single(query.site)
  const site = terms.sites.find((s) => s.id === requestedSite)?.id ?? terms.sites[0]?.id ?? ""
  const bought = single(query.bought) === "1"
  const favourites = single(query.fav) === "1"
  const page = pageOf(query.page)
  const [list, cart, cardPayment] = await Promise.all([
    listOrderPadProducts({ q, site_id: site || undefined, bought_before: bought, favourites, offset: (page - 1) * ORDER_PAD_PAGE_SIZE }),
    currentCart(),
    // Checkout answered that the card must be confirmed in the browser (Stripe): the form replaces the button.
    single(query.confirm) === "card" ? cardCheckout() : Promise.resolve(null),
  ])
  const pages = Math.max(1, Math.ceil(list.count / ORDER_PAD_PAGE_SIZE))
  const state = { ...(q ? { q } : {}), ...(site ? { site } : {}), ...(bought ? { bought: "1" } : {}), ...(favourites ? { fav: "1" } : {}) }
  const href = (target: number) => ({ pathname: "/orders/new", query: { ...state, ...(target > 1 ? { page: String(target) } : {}) } })
  const returnFields = (
    <>
      <input type="hidden" name="return_q" value={q} />
      <input type="hidden" name="return_site" value={site} />
      <input type="hidden" name="return_bought" value={bought ? "1" : ""} />
      <input type="hidden" name="return_fav" value={favourites ? "1" : ""} />
      <input type="hidden" name="return_page" value={page > 1 ? String(page) : ""} />
    </>
  )
  const cartSite = typeof cart?.metadata?.site_id === "string" ? cart.metadata.site_id : null
  const cartSiteName = cartSite ? (terms.sites.find((s) => s.id === cartSite)?.name ?? null) : t("accountAddress")
  const threshold = terms.approval_threshold === null ? null : formatMoney(terms.approval_threshold, terms.currency_code, locale)
  const waits = cart && terms.needs_approval_above_threshold && terms.approval_threshold !== null && cart.total > terms.approval_threshold
  const notice = single(query.notice)
  const placedNumber = single(query.number)
  const placedOrder = single(query.order)

  return (
    <>
      {header}
      <PadNotice notice={notice} error={single(query.error) || undefined} detail={single(query.detail) || undefined}>
        {notice === "placed" && placedOrder ? (
          <>
            {(await getTranslations("OrderPad"))(single(query.payment) === "online" ? "placedPaid" : "placedOnInvoice", { number: placedNumber })}{" "}
            <Link href={`/orders/${placedOrder}`} className={link} data-testid="pad-placed-order">
              {(await getTranslations("OrderPad.approvals"))("viewOrder")}
            </Link>
          </>
        ) : notice === "added" ? (
          t("added")
        ) : notice === "changed" ? (
          tCart("lineChanged")
        ) : notice === "favourited" ? (
          t("favourited")
        ) : notice === "unfavourited" ? (
          t("unfavourited")
        ) : null}
      </PadNotice>
      {threshold && terms.needs_approval_above_threshold ? <p className="mt-4 text-sm text-slate-700">{t("threshold", { amount: threshold })}</p> : null}

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="pad-catalogue">
          <h2 id="pad-catalogue" className="sr-only">
            {t("catalogue")}
          </h2>
          <form className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto] lg:items-end" method="get" role="search">
            {terms.sites.length ? (
              <div>
                <label htmlFor="pad-site" className="block text-sm font-medium text-slate-900">
                  {t("site")}
                </label>
                <select id="pad-site" name="site" defaultValue={site} className={input}>
                  {terms.sites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div>
              <label htmlFor="pad-q" className="block text-sm font-medium text-slate-900">
                {t("searchLabel")}
              </label>
              <input id="pad-q" name="q" type="search" defaultValue={q} maxLength={200} className={input} data-testid="pad-search" />
            </div>
            <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100" data-testid="pad-search-submit">
              {t("search")}
            </button>
            <div className="flex flex-wrap gap-x-6 gap-y-2 sm:col-span-2 lg:col-span-3">
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="bought" value="1" defaultChecked={bought} className="size-4" />
                {t("boughtBefore")}
              </label>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="fav" value="1" defaultChecked={favourites} className="size-4" data-testid="pad-favourites-filter" />
                {t("favouritesOnly")}
              </label>
            </div>
          </form>
          <p className="mt-4 text-sm text-slate-600" aria-live="polite">
            {t("count", { count: list.count })}
          </p>
          {list.products.length ? (
            <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="pad-products">
              {list.products.map((product) => {
                const quantityId = `qty-${product.variant_id}`
                const starred = product.favourite_id !== null
                const name = product.variant_title ? `${product.title} · ${product.variant_title}` : product.title
                return (
                  <li key={product.variant_id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="pad-product">
                    <div className="flex min-w-0 items-start gap-2">
                      <form action={toggleFavouriteAction} className="shrink-0">
                        {returnFields}
                        <input type="hidden" name="variant_id" value={product.variant_id} />
                        <input type="hidden" name="favourite_id" value={product.favourite_id ?? ""} />
                        <SubmitButton
                          pressed={starred}
                          label={t("favouriteFor", { product: name })}
                          className={`flex size-11 items-center justify-center rounded-lg text-2xl leading-none hover:bg-slate-100 ${starred ? "text-amber-700" : "text-slate-600"}`}
                          testId="pad-favourite"
                        >
                          <span aria-hidden="true">{starred ? "★" : "☆"}</span>
                        </SubmitButton>
                      </form>
                      <div className="min-w-0">
                        <p className="font-medium break-words text-slate-900">{name}</p>
                        {product.sku ? <p className="text-xs text-slate-600">{t("sku", { sku: product.sku })}</p> : null}
                        <p className="mt-1 text-sm text-slate-900" data-testid="pad-price">
                          {t("price", { price: formatMoney(product.unit_price, product.currency_code, locale) })}
                        </p>
                        <p className="text-xs text-slate-600">
                          {product.tax_rate === null
                            ? t("withTaxNoRate", { price: formatMoney(product.unit_total, product.currency_code, locale) })
                            : t("withTax", { price: formatMoney(product.unit_total, product.currency_code, locale), rate: product.tax_rate })}
                        </p>
                        {product.bought_quantity ? <p className="mt-1 text-xs font-medium text-brand-700">{t("bought", { count: product.bought_quantity })}</p> : null}
                      </div>
                    </div>
                    <form action={addToCartAction} className="flex items-end gap-2">
                      {returnFields}
                      <input type="hidden" name="variant_id" value={product.variant_id} />
                      <div>
                        <label htmlFor={quantityId} className="sr-only">
                          {t("quantityFor", { product: product.title })}
                        </label>
                        <input id={quantityId} name="quantity" type="number" inputMode="numeric" min={1} max={100000} defaultValue={1} required className="w-20 rounded-lg border border-slate-300 bg-white px-2 py-2 text-base" />
                      </div>
                      <SubmitButton className="rounded-lg bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800" testId="pad-add">
                        {t("add")}
                      </SubmitButton>
                    </form>
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="mt-4 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="pad-empty">
              {favourites && !q ? t("emptyFavourites") : bought && !q ? t("emptyBought") : t("empty")}
            </p>
          )}
          <Pager page={page} pages={pages} href={href} />
        </section>

        <section aria-labelledby="pad-cart" className="h-fit rounded-2xl border border-slate-200 bg-white p-5 lg:sticky lg:top-4" data-testid="pad-cart">
          <h2 id="pad-cart" className="text-lg font-semibold text-slate-900">
            {tCart("title")}
          </h2>
          {cart?.items?.length ? (
            <>
              {cartSiteName ? <p className="mt-1 text-sm text-slate-600">{tCart("for", { site: cartSiteName })}</p> : null}
              <ul className="mt-3 divide-y divide-slate-200">
                {cart.items.map((line) => (
                  <li key={line.id} className="py-3" data-testid="pad-cart-line">
                    <p className="text-sm font-medium break-words text-slate-900">{line.title}</p>
                    <p className="text-xs text-slate-600">{formatMoney(Number(line.total), cart.currency_code, locale)}</p>
                    <form action={changeLineAction} className="mt-2 flex flex-wrap items-end gap-2">
                      {returnFields}
                      <input type="hidden" name="line_id" value={line.id} />
                      <div>
                        <label htmlFor={`line-${line.id}`} className="block text-xs text-slate-700">
                          {tCart("quantity")}
                        </label>
                        <input id={`line-${line.id}`} name="quantity" type="number" inputMode="numeric" min={1} max={100000} defaultValue={Number(line.quantity)} className="w-20 rounded-lg border border-slate-300 bg-white px-2 py-1 text-base" />
                      </div>
                      <SubmitButton className="rounded-lg border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100">{tCart("update")}</SubmitButton>
                      <SubmitButton name="remove" value="1" className="rounded-lg px-2 py-1 text-sm font-medium text-red-700 underline">
                        <span aria-hidden="true">×</span>
                        <span className="sr-only">{tCart("remove", { product: line.title })}</span>
                      </SubmitButton>
                    </form>
                  </li>
                ))}
              </ul>
              <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
                <div className="flex justify-between">
                  <dt className="text-slate-600">{tCart("subtotal")}</dt>
                  <dd className="tabular-nums">{formatMoney(Number(cart.subtotal), cart.currency_code, locale)}</dd>
                </div>
                <div className="flex justify-between">
                  <dt className="text-slate-600">{tCart("taxes")}</dt>
                  <dd className="tabular-nums">{formatMoney(Number(cart.tax_total), cart.currency_code, locale)}</dd>
                </div>
                <div className="flex justify-between font-semibold text-slate-900">
                  <dt>{tCart("total")}</dt>
                  <dd className="tabular-nums" data-testid="pad-cart-total">
                    {formatMoney(Number(cart.total), cart.currency_code, locale)}
                  </dd>
                </div>
              </dl>
              <p className="mt-2 text-xs text-slate-600">{tCart("shippingLater")}</p>
              {waits && threshold ? <p className="mt-2 text-sm text-amber-800">{tCart("approvalNeeded", { amount: threshold })}</p> : null}
              {cardPayment ? <CardCheckout action={cardPayment} locale={locale} /> : null}
              <form action={checkoutAction} className="mt-4">
                {returnFields}
                {terms.online_payment_provider ? (
                  <fieldset className="mb-4" data-testid="pad-payment">
                    <legend className="text-sm font-medium text-slate-900">{tCart("paymentLegend")}</legend>
                    {(
                      [
                        ["on_invoice", tCart("payOnInvoice"), tCart("payOnInvoiceHint")],
                        ["online", tCart("payOnline"), tCart("payOnlineHint")],
                      ] as const
                    ).map(([value, label, hint]) => (
                      <div key={value} className="mt-2 flex items-start gap-2">
                        <input
                          id={`pad-payment-${value}`}
                          type="radio"
                          name="payment"
                          value={value}
                          defaultChecked={value === "on_invoice"}
                          aria-describedby={`pad-payment-${value}-hint`}
                          className="mt-1 size-4"
                        />
                        <div>
                          <label htmlFor={`pad-payment-${value}`} className="text-sm text-slate-900">
                            {label}
                          </label>
                          <p id={`pad-payment-${value}-hint`} className="text-xs text-slate-600">
                            {hint}
                          </p>
                        </div>
                      </div>
                    ))}
                  </fieldset>
                ) : null}
                <SubmitButton className="w-full rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" testId="pad-checkout">
                  {waits ? tCart("askApproval") : terms.online_payment_provider ? tCart("placeOrder") : tCart("checkout")}
                </SubmitButton>
              </form>
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-600" data-testid="pad-cart-empty">
              {tCart("empty")}
            </p>
          )}
        </section>
      </div>
    </>
  )
}
