// The four domains of issues 12 to 15 at the issues' scale, written by PostgreSQL itself as seed.mjs writes the
// fleets (INSERT ... SELECT over generate_series, prefixed ids, the modules' columns and constraints), then
// measured through the real routes: the read lines under autocannon, and the races (one slot, the last
// free unit, the invoice numbers) as that many signed-in members or staff requests sent at the same instant.
//
//   interventions: 30 technicians with working hours, 300 appointments over the next 14 days (10 working
//     days each), a bookable type; one requested intervention per racing member, in their own account
//   rentals: 200 models (catalogue variants of one bench product); the first with 1,000 units and 50,000
//     reservations (past, out, confirmed) over 400 days, the others 5 units each; a race model with 2 units,
//     one already reserved for the race's dates
//   support: per member under load, 1,000 threads and 50,000 messages in their account, their receipts
//     (delivered, read but for the last staff message of 30 threads)
//   billing: 100 invoices per account (500,000 at 10x), numbered per year after what the demo issued
import { spawn } from "node:child_process"
import path from "node:path"
import { percentile, measureGets } from "./load.mjs"
import { cloneRows } from "./quotes.mjs"

const DAY_MS = 86_400_000
const pad = (prefix, sql) => `'${prefix}_BENCH' || lpad((${sql})::text, 21, '0')`
const account = (sql) => pad("cacc", sql)
const site = (sql) => pad("csite", `(${sql}) * 3`)
const benchMember = (sql) => `'cmem_BENCHS' || lpad((${sql})::text, 20, '0')`
const money = (sql) => `jsonb_build_object('value', (${sql})::text, 'precision', 20)`

export const DOMAIN_SCALE = {
  full: { technicians: 30, days: 14, bookingRace: 50, rentalUnits: 1_000, reservations: 50_000, models: 200, reservationRace: 100, threads: 1_000, messagesPerThread: 50, invoicesPerAccount: 100, invoiceRace: 50 },
  smoke: { technicians: 30, days: 14, bookingRace: 5, rentalUnits: 100, reservations: 2_000, models: 20, reservationRace: 5, threads: 100, messagesPerThread: 10, invoicesPerAccount: 100, invoiceRace: 5 },
}

async function timed(log, label, client, sql, params = []) {
  const started = Date.now()
  const { rowCount } = await client.query(sql, params)
  log(`    ${label}: ${rowCount.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return rowCount
}

/** Technicians, their appointments and the racing members' requested interventions. */
async function seedFieldService(client, scale, { log }) {
  const T = scale.technicians
  const week = JSON.stringify(
    Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }]]))
  )
  await client.query(
    `insert into field_intervention_type (id, name, default_duration_minutes, required_skills, portal_visible, bookable, portal_title)
     values ('itype_BENCH', 'Bench maintenance visit', 90, '{maintenance}', true, true, 'Maintenance visit')`
  )
  await timed(
    log,
    "technicians",
    client,
    `insert into field_technician (id, name, skills, home_latitude, home_longitude, time_zone, working_hours, active)
     select ${pad("tech", "t")}, 'Technician ' || t,
            case when t % 3 = 0 then '{maintenance,repair}'::text[] else '{maintenance}'::text[] end,
            45.76 + (t % 6 - 3) * 0.1, 4.84 + (t % 5 - 2) * 0.15, 'Europe/Paris', $2::jsonb, true
     from generate_series(0, $1::int - 1) t`,
    [T, week]
  )
  // Each technician one visit on each working day of the 14 from tomorrow (UTC): 10 days × 30 = 300, between
  // 08:00 and 15:30 in Paris, one to two hours, so the calendars are busy but never overlapping.
  await timed(
    log,
    "appointments (scheduled interventions)",
    client,
    `with days as (
       select d, (row_number() over (order by d) - 1)::int as k
       from generate_series(0, $2::int - 1) d
       where extract(isodow from date_trunc('day', now()) + make_interval(days => d + 1)) < 6
     ), visits as (
       select t, k, t * 100 + k as n,
              date_trunc('day', now()) + make_interval(days => d + 1, hours => 7 + (t + k) % 7) as starts_at,
              60 + 30 * ((t * 7 + k) % 3) as minutes
       from generate_series(0, $1::int - 1) t, days
     )
     insert into field_intervention (id, number, account_id, site_id, status, description, latitude, longitude,
                                     scheduled_start, scheduled_end, type_id, technician_id)
     select ${pad("intv", "n")}, 'BENCH-A' || n, ${account("100 + n % 400")}, ${site("100 + n % 400")}, 'scheduled',
            'Yearly maintenance', 45.76 + (n % 17 - 8) * 0.03, 4.84 + (n % 13 - 6) * 0.04,
            starts_at, starts_at + make_interval(mins => minutes), 'itype_BENCH', ${pad("tech", "t")}
     from visits`,
    [T, scale.days]
  )
  await timed(
    log,
    "requested interventions of the racing members",
    client,
    `insert into field_intervention (id, number, account_id, site_id, status, description, latitude, longitude,
                                     type_id, requested_by_member_id)
     select 'intv_BENCHR' || lpad(i::text, 20, '0'), 'BENCH-R' || i, ${account("i")}, ${site("i")}, 'requested',
            'The compressor stops after ten minutes', 45.75, 4.85, 'itype_BENCH', ${benchMember("i")}
     from generate_series(0, $1::int - 1) i`,
    [scale.bookingRace]
  )
}

export const raceIntervention = (i) => `intv_BENCHR${String(i).padStart(20, "0")}`

/**
 * A bench product whose variants the rental models are (copies of the demo's first variant, so the columns
 * follow Medusa's schema), the rental fleet's machines, the models with rates and units, and reservations.
 */
async function seedRentals(client, scale, { log }) {
  const M = scale.models
  const U = scale.rentalUnits
  const others = (M - 1) * 5
  const raceModel = M
  const { rows } = await client.query("select id, product_id from product_variant where deleted_at is null order by created_at, id limit 1")
  if (!rows[0]) throw new Error("no product variant to copy: the demo seed makes them")
  const [{ id: variantTemplate, product_id: productTemplate }] = rows
  const series = "generate_series(0, $2::int) g"
  await cloneRows(client, "product", {
    templateWhere: "id = $1",
    params: [productTemplate],
    overrides: { id: `'prod_BENCHRENTAL'`, title: `'Bench rental machines'`, handle: `'bench-rental-machines'`, external_id: "null" },
    series: "(select 1) one",
  })
  await cloneRows(client, "product_variant", {
    templateWhere: "id = $1",
    params: [variantTemplate, M],
    overrides: {
      id: pad("variant", "g"),
      title: `'Bench model ' || lpad(g::text, 3, '0')`,
      sku: `'BENCH-RENT-' || g`,
      barcode: "null",
      ean: "null",
      upc: "null",
      product_id: `'prod_BENCHRENTAL'`,
      variant_rank: "g",
    },
    series,
  })
  await client.query(
    `insert into rental_model (id, variant_id, title, buffer_hours, active)
     select ${pad("rmod", "g")}, ${pad("variant", "g")},
            case when g = $1 then 'Bench race model' else 'Bench model ' || lpad(g::text, 3, '0') end, 24, true
     from generate_series(0, $1::int) g`,
    [M]
  )
  await client.query(
    `insert into rental_rate (id, currency_code, day_rate, week_rate, month_rate, deposit, rental_model_id,
                              raw_day_rate, raw_week_rate, raw_month_rate, raw_deposit)
     select ${pad("rrate", "g")}, 'eur', r.day, r.day * 4.5, r.day * 15, r.day * 10, ${pad("rmod", "g")},
            ${money("r.day")}, ${money("r.day * 4.5")}, ${money("r.day * 15")}, ${money("r.day * 10")}
     from generate_series(0, $1::int) g, lateral (select 60 + g % 150 as day) r`,
    [M]
  )
  // Units: the first model's U, then 5 for each other model, then the race model's 2.
  const modelOf = `case when u < ${U} then 0 when u < ${U + others} then 1 + (u - ${U}) / 5 else ${raceModel} end`
  const units = U + others + 2
  await timed(
    log,
    "rental units (fleet machines and units)",
    client,
    `with machines as (
       insert into fleet_equipment (id, account_id, site_id, variant_id, serial_number, name, brand, status)
       select 'equip_BENCHR' || lpad(u::text, 20, '0'), 'rental_fleet', 'rental_yard', ${pad("variant", modelOf)},
              'BR-' || lpad(u::text, 6, '0'), 'Bench model ' || (${modelOf}) || ' #' || u, 'Kubota', 'in_service'
       from generate_series(0, $1::int - 1) u
       returning id
     )
     insert into rental_unit (id, equipment_id, active, rental_model_id, created_at)
     select ${pad("runit", "u")}, 'equip_BENCHR' || lpad(u::text, 20, '0'), true, ${pad("rmod", modelOf)},
            now() - make_interval(secs => ${units} - u)
     from generate_series(0, $1::int - 1) u`,
    [units]
  )
  // Reservation g: unit g % U, the (g / U)th of that unit, every 8 days from 200 days ago, 1 to 4 days long
  // (then the 24-hour buffer): past ones returned, current ones out, later ones confirmed.
  const R = scale.reservations
  const shape = `select g, g % ${U} as u, g / ${U} as k,
                        date_trunc('day', now()) + make_interval(days => -200 + (g / ${U}) * 8 + (g % ${U}) % 5, hours => 8) as starts_at,
                        1 + (g % ${U} + g / ${U}) % 4 as days
                 from generate_series(0, $1::int - 1) g`
  await client.query("begin")
  await timed(
    log,
    "rental reservations",
    client,
    `insert into rental_reservation (id, number, account_id, status, starts_at, ends_at, currency_code, estimated_total,
                                     deposit_total, raw_estimated_total, raw_deposit_total, confirmed_at, out_at, returned_at)
     select ${pad("rres", "g")}, 'R-' || (100001 + g), ${account("100 + g % 4000")},
            case when e < now() then 'returned' when starts_at <= now() then 'out' else 'confirmed' end,
            starts_at, e, 'eur', 60 * days, 600, ${money("60 * days")}, ${money("600")}, starts_at - interval '7 days',
            case when starts_at <= now() then starts_at end, case when e < now() then e end
     from (${shape}) s, lateral (select starts_at + make_interval(days => days) as e) x`,
    [R]
  )
  await timed(
    log,
    "rental lines",
    client,
    `insert into rental_line (id, model_id, variant_id, title, quantity, price, deposit, reservation_id, raw_price, raw_deposit)
     select ${pad("rline", "g")}, ${pad("rmod", "0")}, ${pad("variant", "0")}, 'Bench model 000', 1, 60 * days, 600,
            ${pad("rres", "g")}, ${money("60 * days")}, ${money("600")}
     from (${shape}) s`,
    [R]
  )
  await timed(
    log,
    "rental assignments",
    client,
    `insert into rental_assignment (id, unit_id, line_id, starts_at, blocked_until, live, reservation_id)
     select ${pad("rasg", "g")}, ${pad("runit", "u")}, ${pad("rline", "g")}, starts_at,
            starts_at + make_interval(days => days, hours => 24), true, ${pad("rres", "g")}
     from (${shape}) s`,
    [R]
  )
  // The race model's first unit is taken for the race's dates: the second is the last one free.
  const race = raceDates()
  await client.query(
    `with r as (
       insert into rental_reservation (id, number, account_id, status, starts_at, ends_at, currency_code, estimated_total,
                                       deposit_total, raw_estimated_total, raw_deposit_total, confirmed_at)
       values (${pad("rres", String(R))}, 'R-' || (100001 + ${R}), ${account("4100")}, 'confirmed', $1, $2, 'eur', 400, 1000,
               ${money("400")}, ${money("1000")}, now())
       returning id
     ), l as (
       insert into rental_line (id, model_id, variant_id, title, quantity, price, deposit, reservation_id, raw_price, raw_deposit)
       select ${pad("rline", String(R))}, ${pad("rmod", String(raceModel))}, ${pad("variant", String(raceModel))}, 'Bench race model', 1,
              400, 1000, r.id, ${money("400")}, ${money("1000")}
       from r
       returning id, reservation_id
     )
     insert into rental_assignment (id, unit_id, line_id, starts_at, blocked_until, live, reservation_id)
     select ${pad("rasg", String(R))}, ${pad("runit", String(units - 2))}, l.id, $1, $2::timestamptz + interval '24 hours', true, l.reservation_id
     from l`,
    [race.starts_at, race.ends_at]
  )
  await client.query("commit")
  return { model: benchRentalModel(0), raceModel: benchRentalModel(raceModel) }
}

const benchRentalModel = (n) => `rmod_BENCH${String(n).padStart(21, "0")}`

/** Thirty days from today at 08:00 UTC, for three days: what the racing members all ask for. */
function raceDates(now = new Date()) {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 30, 8)
  return { starts_at: new Date(start).toISOString(), ends_at: new Date(start + 3 * DAY_MS).toISOString() }
}

/** The inbox of each member under load: threads, messages (staff and the member in turn) and their receipts. */
async function seedSupport(client, scale, members, { log }) {
  const T = scale.threads
  const M = scale.messagesPerThread
  const threads = `select i, i * ${T} + t as n, t, now() - make_interval(mins => t * 37 + 5) as last_at
                   from generate_series(0, $1::int - 1) i, generate_series(0, ${T - 1}) t`
  await client.query("begin")
  await timed(
    log,
    "message threads",
    client,
    `insert into support_thread (id, account_id, kind, subject, recipient_member_ids, started_by_type, started_by_id, last_message_at, created_at)
     select ${pad("sthr", "n")}, ${account("i")}, case when t % 10 = 0 then 'announcement' else 'conversation' end,
            'About the service contract (' || t || ')', '{}', case when t % 10 = 0 then 'staff' else 'member' end,
            case when t % 10 = 0 then null else ${benchMember("i")} end, last_at, last_at - make_interval(hours => ${M})
     from (${threads}) x`,
    [members]
  )
  // Message m of a thread, an hour apart, the last at the thread's last_message_at; even ones from staff.
  const messages = `select i, t, n * ${M} + m as g, n, m, last_at - make_interval(hours => ${M - 1} - m) as at
                    from (${threads}) x, generate_series(0, ${M - 1}) m`
  await timed(
    log,
    "messages",
    client,
    `insert into support_message (id, account_id, author_type, author_id, author_name, body, internal, thread_id, created_at, updated_at)
     select ${pad("smsg", "g")}, ${account("i")}, case when m % 2 = 0 then 'staff' else 'member' end,
            case when m % 2 = 0 then null else ${benchMember("i")} end, case when m % 2 = 0 then 'Support' else 'Bench member' end,
            'Message ' || m || ': the technician will bring the spare filter on the next visit, please confirm the access hours.',
            false, ${pad("sthr", "n")}, at, at
     from (${messages}) y`,
    [members]
  )
  // The member's receipts for staff's messages: delivered, and read an hour later except the newest staff
  // message of the 30 most recent threads.
  await timed(
    log,
    "message receipts",
    client,
    `insert into support_message_receipt (id, account_id, thread_id, member_id, delivered_at, delivered_via, read_at, message_id, created_at, updated_at)
     select ${pad("srcpt", "g")}, ${account("i")}, ${pad("sthr", "n")}, ${benchMember("i")}, at + interval '1 minute', 'portal',
            case when t < 30 and m >= ${M - 2} then null else at + interval '1 hour' end, ${pad("smsg", "g")}, at, at
     from (${messages}) y
     where m % 2 = 0`,
    [members]
  )
  await client.query("commit")
}

/**
 * Invoices [0, accounts × perAccount): account g / perAccount, the newest first (18 days apart), numbered
 * per year after the numbers the demo took (the counters move on with them, so the next issue follows).
 */
async function seedBilling(client, scale, accounts, { log }) {
  const P = scale.invoicesPerAccount
  await client.query("begin")
  await timed(
    log,
    "invoices",
    client,
    `with shaped as (
       select g, g / ${P} as a, g % ${P} as k, 100 + g % 997 as total,
              date_trunc('milliseconds', now() - make_interval(days => (g % ${P}) * 18 + (g / ${P}) % 18, hours => g % 9)) as issued
       from generate_series(0, $1::int - 1) g
     ), numbered as (
       select s.*, extract(year from issued at time zone 'UTC')::int as year,
              coalesce(c.last_sequence, 0) + row_number() over (partition by extract(year from issued at time zone 'UTC') order by issued, g) as sequence
       from shaped s left join billing_invoice_counter c on c.kind = 'invoice' and c.year = extract(year from s.issued at time zone 'UTC') and c.deleted_at is null
     )
     insert into billing_invoice (id, account_id, site_id, kind, number, year, sequence, status, issue_date, due_date, currency_code,
                                  subtotal, tax_total, total, paid_total, lines, paid_at, sent_at,
                                  raw_subtotal, raw_tax_total, raw_total, raw_paid_total)
     select ${pad("inv", "g")}, ${account("a")}, ${pad("csite", "a * 3 + g % 3")}, 'invoice',
            'INV-' || year || '-' || lpad(sequence::text, greatest(5, length(sequence::text)), '0'), year, sequence,
            case when k = 0 then 'open' when k = 1 then 'partly_paid' when k in (2, 3) then 'overdue' else 'paid' end,
            issued, issued + interval '30 days', 'eur', round(total / 1.2, 2), total - round(total / 1.2, 2), total,
            case when k = 0 or k in (2, 3) then 0 when k = 1 then round(total / 2, 2) else total end,
            jsonb_build_array(jsonb_build_object('title', 'Maintenance contract', 'order_line_id', null, 'variant_id', null, 'sku', null,
              'quantity', 1, 'unit_price', round(total / 1.2, 2), 'subtotal', round(total / 1.2, 2),
              'tax_total', total - round(total / 1.2, 2), 'total', total)),
            case when k > 3 then issued + interval '20 days' end, issued,
            ${money("round(total / 1.2, 2)")}, ${money("total - round(total / 1.2, 2)")}, ${money("total")},
            ${money("case when k = 0 or k in (2, 3) then 0 when k = 1 then round(total / 2, 2) else total end")}
     from numbered`,
    [accounts * P]
  )
  await client.query(
    `insert into billing_invoice_counter (id, kind, year, last_sequence)
     select 'invcnt_invoice_' || year, 'invoice', year, max(sequence) from billing_invoice where kind = 'invoice' group by year
     on conflict (id) do update set last_sequence = excluded.last_sequence, updated_at = now()`
  )
  await client.query("commit")
}

/** The domains, as the names of their lines begin and as `--domain=` names them. */
export const DOMAINS = ["interventions", "rentals", "support", "billing"]

/**
 * Every domain's bulk data (or `only` that one's, for `--domain=`); `racers` members (accounts 0, 1, …) race, the first
 * `loaded` are under load.
 */
export async function seedDomains(client, { smoke, accounts, loaded, only = null, log }) {
  const scale = DOMAIN_SCALE[smoke ? "smoke" : "full"]
  const wanted = (domain) => !only || only === domain
  let rentals = null
  if (wanted("interventions")) {
    log("    interventions:")
    await seedFieldService(client, scale, { log })
  }
  if (wanted("rentals")) {
    log("    rentals:")
    rentals = await seedRentals(client, scale, { log })
  }
  if (wanted("support")) {
    log("    support:")
    await seedSupport(client, scale, loaded, { log })
  }
  if (wanted("billing")) {
    log("    billing:")
    await seedBilling(client, scale, accounts, { log })
  }
  return { scale, rentals }
}

/** The figures of a line the race answers: every answer's latency, and how many of each status. */
function raceFigures(answers, seconds) {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b)
  const round = (n) => (n === null ? null : Math.round(n * 10) / 10)
  const statuses = {}
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1
  return {
    requests: answers.length,
    connections: answers.length,
    seconds: Math.round(seconds * 100) / 100,
    rps: Math.round((answers.length / seconds) * 10) / 10,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    statuses,
  }
}

/** Sends every request at the same instant (one connection each) and keeps each answer's status, body and time. */
async function race(baseUrl, requests) {
  const started = performance.now()
  const answers = await Promise.all(
    requests.map(async ({ path: url, headers, body }) => {
      const t0 = performance.now()
      try {
        const response = await fetch(`${baseUrl}${url}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        })
        const text = await response.text()
        let json = null
        try {
          json = JSON.parse(text)
        } catch {
          json = { text: text.slice(0, 200) }
        }
        return { status: response.status, ms: performance.now() - t0, body: json }
      } catch (error) {
        return { status: "error", ms: performance.now() - t0, body: { message: error.message } }
      }
    })
  )
  return { answers, seconds: (performance.now() - started) / 1000 }
}

async function getJson(baseUrl, url, headers) {
  const response = await fetch(`${baseUrl}${url}`, { headers })
  const text = await response.text()
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

/** The booking assistant's engine alone (bench/field-service-slots.ts), on this machine, beside the server. */
function runSlotEngine({ projectRoot, smoke }) {
  return new Promise((resolve, reject) => {
    const args = ["ts-node", "--transpile-only", path.join("bench", "field-service-slots.ts"), ...(smoke ? ["--smoke"] : [])]
    const child = spawn("npx", args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (err += d))
    child.on("error", reject)
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("FIELD_SERVICE_SLOTS "))
      if (code !== 0 || !line) return reject(new Error(`field-service-slots.ts exited ${code}: ${err.slice(-300)}`))
      resolve(JSON.parse(line.slice("FIELD_SERVICE_SLOTS ".length)))
    })
  })
}

/**
 * The domains' lines at 10x: reads under load (latency targets with one connection, the comparisons with the
 * fleet list at its 10 connections), the races through the real routes, checked in the database too, then
 * the slot engine alone; of these, those whose names `wanted` accepts.
 */
export async function measureDomains({ baseUrl, publishableKey, racers, loaded, staff, settings, seeded, client, quoteOrders, projectRoot, smoke, log, wanted = () => true }) {
  const { scale, rentals } = seeded
  const keyOnly = { "x-publishable-api-key": publishableKey }
  const as = (member) => ({ ...keyOnly, authorization: `Bearer ${member.token}` })
  const data = "10x"
  const today = new Date()
  const day = (n) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + n)).toISOString()
  const measures = []

  const allLines = [
    {
      name: "interventions: slot search (HTTP)",
      route: "GET /store/portal/interventions/:id/slots",
      connections: 1,
      targets: loaded.map((m, i) => ({ path: `/store/portal/interventions/${raceIntervention(i)}/slots?from=${day(1)}&to=${day(1 + scale.days)}`, headers: as(m) })),
      check: (b) => (Array.isArray(b.slots) && b.slots.length && !b.refusal ? null : `no slots: ${JSON.stringify(b.refusal)}`),
    },
    {
      name: `rentals: availability, 90 days, ${scale.rentalUnits.toLocaleString("en")} units`,
      route: "GET /store/portal/rentals/availability",
      connections: 1,
      targets: loaded.map((m) => ({ path: `/store/portal/rentals/availability?model_id=${rentals.model}`, headers: as(m) })),
      check: (b) =>
        b.availability?.units_total === scale.rentalUnits && b.availability.days?.length === 90
          ? null
          : `expected ${scale.rentalUnits} units over 90 days, got ${b.availability?.units_total} over ${b.availability?.days?.length}`,
    },
    {
      name: `rentals: catalogue for dates, ${scale.models} models`,
      route: "GET /store/portal/rentals/catalogue",
      connections: 1,
      targets: loaded.map((m, i) => ({ path: `/store/portal/rentals/catalogue?starts_at=${day(10 + (i % 5))}&ends_at=${day(13 + (i % 5))}`, headers: as(m) })),
      check: (b) => (b.rental_models?.length && b.count > scale.models ? null : `expected over ${scale.models} models, got count ${b.count}`),
    },
    {
      name: "support: inbox with unread counts",
      route: "GET /store/portal/messages",
      targets: loaded.map((m) => ({ path: "/store/portal/messages", headers: as(m) })),
      check: (b) =>
        b.count === scale.threads && b.unread_count === 30 && Array.isArray(b.messages)
          ? null
          : `expected ${scale.threads} threads and 30 unread, got ${b.count} and ${b.unread_count}`,
    },
    {
      name: "billing: invoices list",
      route: "GET /store/portal/invoices",
      targets: loaded.map((m) => ({ path: "/store/portal/invoices", headers: as(m) })),
      check: (b) => (b.count >= scale.invoicesPerAccount && b.invoices?.length ? null : `expected ${scale.invoicesPerAccount} invoices, got count ${b.count}`),
    },
    {
      name: "billing: amount due",
      route: "GET /store/portal/invoices/amount-due",
      targets: loaded.map((m) => ({ path: "/store/portal/invoices/amount-due", headers: as(m) })),
      check: (b) => (b.amount_due?.totals?.length ? null : "no amount due"),
    },
  ]
  const lines = allLines.filter((line) => wanted(line.name))

  // The new routes have not run on this server yet: a few seconds of each, unmeasured, as measureLoad does.
  const serverWarmup = Math.min(settings.server_warmup, 5)
  if (serverWarmup > 0) {
    for (const { targets, connections = settings.connections } of lines) {
      await measureGets({ baseUrl, targets, warmup: 0, duration: serverWarmup, connections })
    }
  }
  for (const line of lines) {
    const { name, route, targets, check, connections = settings.connections } = line
    const problem = await getJson(baseUrl, targets[0].path, targets[0].headers).then(check, (error) => error.message)
    if (problem) {
      log(`  ${name}: not measured: ${problem}`)
      measures.push({ name, route, data, error: problem })
      continue
    }
    const figures = await measureGets({ baseUrl, targets, warmup: settings.warmup, duration: settings.duration, connections })
    log(`  ${name}: ${figures.rps} req/s, p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms, ${figures.failed} failed`)
    measures.push({ name, route, data, ...figures })
  }

  const record = (m) => {
    const { answers: _answers, ...shown } = m
    log(`  ${m.name}: ${JSON.stringify(m.statuses)} in ${m.seconds} s, p50 ${m.p50_ms} ms, p95 ${m.p95_ms} ms; ${m.verdict}`)
    measures.push(shown)
  }

  // 1. Every racing member books the same slot (the first one proposed to the first member) for their own visit.
  if (wanted(`interventions: ${scale.bookingRace} bookings of one slot`)) try {
    const { slots } = await getJson(baseUrl, `/store/portal/interventions/${raceIntervention(0)}/slots?from=${day(1)}&to=${day(1 + scale.days)}`, as(racers[0]))
    const slot = slots[0]
    const n = scale.bookingRace
    const { answers, seconds } = await race(
      baseUrl,
      racers.slice(0, n).map((m, i) => ({
        path: `/store/portal/interventions/${raceIntervention(i)}/book`,
        headers: as(m),
        body: { technician_id: slot.technician.id, starts_at: slot.start },
      }))
    )
    const { rows } = await client.query(
      `select count(*)::int as booked from field_intervention
       where id = any($1) and technician_id = $2 and scheduled_start = $3 and deleted_at is null and status <> 'cancelled'`,
      [racers.slice(0, n).map((_, i) => raceIntervention(i)), slot.technician.id, slot.start]
    )
    const figures = raceFigures(answers, seconds)
    const ok = answers.filter((a) => a.status === 200).length
    const conflicts = answers.filter((a) => a.status === 409).length
    const withAlternatives = answers.filter((a) => a.status === 409 && Array.isArray(a.body?.slots)).length
    record({
      name: `interventions: ${n} bookings of one slot`,
      route: "POST /store/portal/interventions/:id/book",
      data,
      ...figures,
      failed: n - ok - conflicts,
      race: { expected_ok: 1, ok, conflicts, conflicts_with_alternatives: withAlternatives, in_database: rows[0].booked },
      verdict: `${ok} booked (${rows[0].booked} in the database), ${conflicts} × 409 (${withAlternatives} with alternatives)`,
      sample_failure: answers.find((a) => a.status !== 200 && a.status !== 409)?.body ?? null,
    })
  } catch (error) {
    measures.push({ name: `interventions: ${scale.bookingRace} bookings of one slot`, route: "POST /store/portal/interventions/:id/book", data, error: error.message })
  }

  // 2. Every racing member reserves the race model's last free unit for the same dates.
  if (wanted(`rentals: ${scale.reservationRace} reservations of the last free unit`)) try {
    const n = scale.reservationRace
    const dates = raceDates()
    const { answers, seconds } = await race(
      baseUrl,
      racers.slice(0, n).map((m) => ({
        path: "/store/portal/rentals",
        headers: as(m),
        body: { ...dates, lines: [{ model_id: rentals.raceModel, quantity: 1 }] },
      }))
    )
    const { rows } = await client.query(
      `select count(distinct r.id)::int as reserved from rental_reservation r join rental_line l on l.reservation_id = r.id
       where l.model_id = $1 and r.starts_at = $2 and r.deleted_at is null and r.status not in ('cancelled', 'rejected')`,
      [rentals.raceModel, dates.starts_at]
    )
    const figures = raceFigures(answers, seconds)
    const ok = answers.filter((a) => a.status === 201).length
    const conflicts = answers.filter((a) => a.status === 409).length
    record({
      name: `rentals: ${n} reservations of the last free unit`,
      route: "POST /store/portal/rentals",
      data,
      ...figures,
      failed: n - ok - conflicts,
      race: { expected_ok: 1, ok, conflicts, in_database: rows[0].reserved - 1 },
      verdict: `${ok} reserved (${rows[0].reserved - 1} new in the database), ${conflicts} × 409`,
      sample_conflict: answers.find((a) => a.status === 409)?.body?.message ?? null,
      sample_failure: answers.find((a) => a.status !== 201 && a.status !== 409)?.body ?? null,
    })
  } catch (error) {
    measures.push({ name: `rentals: ${scale.reservationRace} reservations of the last free unit`, route: "POST /store/portal/rentals", data, error: error.message })
  }

  // 3. Staff issue an invoice for each of the orders the quote acceptances made, all at once.
  if (wanted(`billing: ${scale.invoiceRace} invoice issues at once`)) try {
    const n = scale.invoiceRace
    const orders = quoteOrders.slice(0, n)
    if (orders.length < n) {
      measures.push({ name: `billing: ${n} invoice issues at once`, route: "POST /admin/portal/invoices", data, error: `only ${orders.length} orders to invoice` })
    } else {
      const { answers, seconds } = await race(
        baseUrl,
        orders.map((order_id) => ({ path: "/admin/portal/invoices", headers: { authorization: `Bearer ${staff.token}` }, body: { order_id } }))
      )
      const { rows } = await client.query(
        `select number, sequence, year from billing_invoice where order_id = any($1) and deleted_at is null order by year, sequence`,
        [orders]
      )
      const sequences = rows.map((r) => r.sequence)
      const distinct = new Set(rows.map((r) => `${r.year}-${r.sequence}`)).size
      const consecutive = rows.length === n && distinct === n && new Set(rows.map((r) => r.year)).size === 1 && sequences[n - 1] - sequences[0] === n - 1
      const figures = raceFigures(answers, seconds)
      const ok = answers.filter((a) => a.status === 201).length
      record({
        name: `billing: ${n} invoice issues at once`,
        route: "POST /admin/portal/invoices",
        data,
        ...figures,
        failed: n - ok,
        race: { expected_ok: n, ok, numbers: rows.length, distinct, consecutive, first: rows[0]?.number ?? null, last: rows[n - 1]?.number ?? null },
        verdict: `${ok} issued, ${rows.length} numbers ${rows[0]?.number} … ${rows.at(-1)?.number}, ${consecutive ? "consecutive, no gap, no duplicate" : "NOT consecutive"}`,
        sample_failure: answers.find((a) => a.status !== 201)?.body ?? null,
      })
    }
  } catch (error) {
    measures.push({ name: `billing: ${scale.invoiceRace} invoice issues at once`, route: "POST /admin/portal/invoices", data, error: error.message })
  }

  // 4. The booking assistant's engine alone, the slots of 14 days × 30 technicians × 300 appointments.
  if (wanted("interventions: slot search (engine)")) try {
    const engine = await runSlotEngine({ projectRoot, smoke })
    log(`  interventions: slot engine: p50 ${engine.p50_ms} ms, p95 ${engine.p95_ms} ms, p99 ${engine.p99_ms} ms over ${engine.runs} searches`)
    measures.push({
      name: "interventions: slot search (engine)",
      route: `findSlots, ${engine.days} d × ${engine.technicians} techn. × ${engine.appointments} appts`,
      data: "engine",
      connections: 1,
      rps: null,
      p50_ms: engine.p50_ms,
      p95_ms: engine.p95_ms,
      p99_ms: engine.p99_ms,
      requests: engine.runs,
      failed: 0,
      slots: engine.slots,
    })
  } catch (error) {
    measures.push({ name: "interventions: slot search (engine)", route: "findSlots", data: "engine", error: error.message })
  }
  return measures
}

/** The orders the quote acceptances made (the bench's accounts, oldest first): the invoice race issues them. */
export async function ordersToInvoice(client, quoteIds) {
  const { rows } = await client.query(
    `select q.order_id from quote q where q.id = any($1) and q.order_id is not null
       and not exists (select 1 from billing_invoice i where i.order_id = q.order_id and i.deleted_at is null)
     order by q.updated_at, q.id`,
    [quoteIds]
  )
  return rows.map((r) => r.order_id)
}
