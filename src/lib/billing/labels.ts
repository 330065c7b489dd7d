/** The words the sales documents print, per language of the client account (English when unknown). */
const en = {
  client: "Client",
  orderForm: "Order form {number}",
  deliveryNote: "Delivery note {number}",
  invoice: "Invoice {number}",
  deposit: "Deposit invoice {number}",
  settlement: "Settlement invoice {number}",
  credit_note: "Credit note {number}",
  priceList: "Price list",
  date: "Date: {date}",
  dueDate: "Due date: {date}",
  order: "Order: #{number}",
  quote: "Quote: {number}",
  credits: "Credits invoice {number}",
  shippedAt: "Shipped: {date}",
  deliveredAt: "Delivered: {date}",
  tracking: "Tracking: {tracking}",
  item: "Item",
  sku: "SKU",
  quantity: "Qty",
  unitPrice: "Unit price",
  total: "Total",
  subtotal: "Subtotal",
  tax: "Tax",
  shipping: "Shipping",
  deposits: "Deposits deducted",
  amountDue: "Amount due",
  yourPrice: "Your price",
  generalPrice: "General price",
  pricesAt: "Prices as of {date}",
  reason: "Reason: {reason}",
}
export type DocumentLabel = keyof typeof en

const fr: typeof en = {
  client: "Client",
  orderForm: "Bon de commande {number}",
  deliveryNote: "Bon de livraison {number}",
  invoice: "Facture {number}",
  deposit: "Facture d'acompte {number}",
  settlement: "Facture de solde {number}",
  credit_note: "Avoir {number}",
  priceList: "Liste de prix",
  date: "Date : {date}",
  dueDate: "Échéance : {date}",
  order: "Commande : n° {number}",
  quote: "Devis : {number}",
  credits: "Avoir sur la facture {number}",
  shippedAt: "Expédié : {date}",
  deliveredAt: "Livré : {date}",
  tracking: "Suivi : {tracking}",
  item: "Article",
  sku: "Réf.",
  quantity: "Qté",
  unitPrice: "Prix unitaire",
  total: "Total",
  subtotal: "Sous-total",
  tax: "TVA",
  shipping: "Livraison",
  deposits: "Acomptes déduits",
  amountDue: "Reste à payer",
  yourPrice: "Votre prix",
  generalPrice: "Prix général",
  pricesAt: "Prix au {date}",
  reason: "Motif : {reason}",
}
const it: typeof en = {
  client: "Cliente",
  orderForm: "Modulo d'ordine {number}",
  deliveryNote: "Documento di trasporto {number}",
  invoice: "Fattura {number}",
  deposit: "Fattura di acconto {number}",
  settlement: "Fattura di saldo {number}",
  credit_note: "Nota di credito {number}",
  priceList: "Listino prezzi",
  date: "Data: {date}",
  dueDate: "Scadenza: {date}",
  order: "Ordine: n. {number}",
  quote: "Preventivo: {number}",
  credits: "Nota di credito sulla fattura {number}",
  shippedAt: "Spedito: {date}",
  deliveredAt: "Consegnato: {date}",
  tracking: "Tracciamento: {tracking}",
  item: "Articolo",
  sku: "Codice",
  quantity: "Qtà",
  unitPrice: "Prezzo unitario",
  total: "Totale",
  subtotal: "Imponibile",
  tax: "IVA",
  shipping: "Spedizione",
  deposits: "Acconti dedotti",
  amountDue: "Importo dovuto",
  yourPrice: "Il vostro prezzo",
  generalPrice: "Prezzo di listino",
  pricesAt: "Prezzi al {date}",
  reason: "Motivo: {reason}",
}
const sk: typeof en = {
  client: "Klient",
  orderForm: "Objednávka {number}",
  deliveryNote: "Dodací list {number}",
  invoice: "Faktúra {number}",
  deposit: "Zálohová faktúra {number}",
  settlement: "Vyúčtovacia faktúra {number}",
  credit_note: "Dobropis {number}",
  priceList: "Cenník",
  date: "Dátum: {date}",
  dueDate: "Splatnosť: {date}",
  order: "Objednávka: č. {number}",
  quote: "Ponuka: {number}",
  credits: "Dobropis k faktúre {number}",
  shippedAt: "Odoslané: {date}",
  deliveredAt: "Doručené: {date}",
  tracking: "Sledovanie: {tracking}",
  item: "Položka",
  sku: "Kód",
  quantity: "Množ.",
  unitPrice: "Jedn. cena",
  total: "Spolu",
  subtotal: "Základ",
  tax: "DPH",
  shipping: "Doprava",
  deposits: "Odpočítané zálohy",
  amountDue: "Na úhradu",
  yourPrice: "Vaša cena",
  generalPrice: "Bežná cena",
  pricesAt: "Ceny k {date}",
  reason: "Dôvod: {reason}",
}

const dictionaries: Record<string, typeof en> = { en, fr, it, sk }

export type DocumentTranslator = {
  (key: DocumentLabel, params?: Record<string, string | number>): string
  locale: string
  money: (amount: number, currency: string) => string
  day: (value: Date | string) => string
}

/** Labels, money and dates in the client's language ("fr-FR" reads French). */
export function documentTranslator(locale: string | null | undefined): DocumentTranslator {
  const lang = (locale ?? "en").slice(0, 2).toLowerCase()
  const dict = dictionaries[lang] ?? en
  const t = ((key: DocumentLabel, params: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""))) as DocumentTranslator
  t.locale = dictionaries[lang] ? lang : "en"
  t.money = (amount, currency) => new Intl.NumberFormat(t.locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  t.day = (value) => new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value))
  return t
}
