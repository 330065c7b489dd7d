// The bench seeder: client accounts with members and sites, and their fleets (equipment, plans, log, meters,
// readings), written by PostgreSQL itself with INSERT ... SELECT over generate_series, so millions of rows
// take a minute rather than hours of workflow calls. Rows follow the modules' schemas: prefixed ids, the
// timestamps and soft-delete column, json columns as jsonb. Ids are `<prefix>_BENCH<21 digits>` — 26
// characters of ULID's alphabet, ascending like the ids Medusa generates — so that a row's id follows from
// its number and no lookup is needed to join them.
//
// Accounts are numbered; `seedAccounts(client, from, to)` fills accounts [from, to), so the run can measure
// at 1x, add the other nine tenths, and measure again on the same accounts. Reading times are whole
// milliseconds, like every time the application writes (JavaScript dates).

const PER_ACCOUNT = { sites: 3, members: 2, equipment: 20, readings_per_meter: 19, log_entries: 2 }

const id = (prefix, numberSql) => `'${prefix}_BENCH' || lpad((${numberSql})::text, 21, '0')`

const MACHINES = ["Compressor", "Forklift", "Generator", "Boiler", "Chiller", "Pump", "Press", "Lathe", "Crane", "Mixer"]
const BRANDS = ["Atlas Copco", "Linde", "Caterpillar", "Viessmann", "Carrier", "Grundfos", "Bosch", "Haas", "Liebherr", "Kärcher"]
const sqlArray = (values) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`

export function sizeOf(accounts, chartReadings) {
  return {
    accounts,
    sites: accounts * PER_ACCOUNT.sites,
    equipment: accounts * PER_ACCOUNT.equipment,
    readings: accounts * PER_ACCOUNT.equipment * PER_ACCOUNT.readings_per_meter + chartReadings,
    chart_readings: chartReadings,
  }
}

async function timed(log, label, client, sql, params = []) {
  const started = Date.now()
  const { rowCount } = await client.query(sql, params)
  log(`    ${label}: ${rowCount.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return rowCount
}

export const benchIds = {
  account: (n) => `cacc_BENCH${String(n).padStart(21, "0")}`,
  equipment: (n) => `equip_BENCH${String(n).padStart(21, "0")}`,
  meter: (n) => `meter_BENCH${String(n).padStart(21, "0")}`,
  chartMeter: `meter_BENCHC${"0".repeat(20)}`,
  /** The equipment numbers of account `n`. */
  equipmentOf: (n) => Array.from({ length: PER_ACCOUNT.equipment }, (_, e) => n * PER_ACCOUNT.equipment + e),
}

/** Accounts [from, to) with their sites, members (bulk customers) and fleets. */
export async function seedAccounts(client, from, to, { log }) {
  const E = PER_ACCOUNT.equipment
  const S = PER_ACCOUNT.sites
  const M = PER_ACCOUNT.members
  await client.query("begin")
  await timed(
    log,
    "client accounts",
    client,
    `insert into client_account (id, number, name, city, country_code, contact_email, locale)
     select ${id("cacc", "g")}, 'BENCH-' || g, 'Bench client ' || g, 'City ' || (g % 97), (array['fr','it','sk','de'])[1 + g % 4],
            'office-' || g || '@bench.example', (array['fr','it','sk','en'])[1 + g % 4]
     from generate_series($1::int, $2::int - 1) g`,
    [from, to]
  )
  await timed(
    log,
    "sites",
    client,
    `insert into client_site (id, name, city, country_code, account_id)
     select ${id("csite", "g")}, 'Site ' || (g % ${S} + 1) || ' of client ' || g / ${S}, 'City ' || (g % 89), 'fr',
            ${id("cacc", `g / ${S}`)}
     from generate_series($1::int * ${S}, $2::int * ${S} - 1) g`,
    [from, to]
  )
  await timed(
    log,
    "customers",
    client,
    `insert into customer (id, email, first_name, last_name, company_name, has_account)
     select ${id("cus", "g")}, 'member-' || g || '@bench.example', 'Member', 'No ' || g, 'Bench client ' || g / ${M}, true
     from generate_series($1::int * ${M}, $2::int * ${M} - 1) g`,
    [from, to]
  )
  await timed(
    log,
    "account members",
    client,
    `insert into account_member (id, customer_id, role, is_payer, account_id, activated_at)
     select ${id("cmem", "g")}, ${id("cus", "g")}, case when g % ${M} = 0 then 'admin' else 'viewer' end, g % ${M} = 0,
            ${id("cacc", `g / ${M}`)}, now()
     from generate_series($1::int * ${M}, $2::int * ${M} - 1) g`,
    [from, to]
  )
  await seedFleets(client, from * E, to * E, { log })
  await client.query("commit")
}

/** Equipment [from, to) (account = n / 20), each with a plan, log entries, an hours meter and its readings. */
async function seedFleets(client, from, to, { log }) {
  const E = PER_ACCOUNT.equipment
  const S = PER_ACCOUNT.sites
  const R = PER_ACCOUNT.readings_per_meter
  const L = PER_ACCOUNT.log_entries
  const range = [from, to]
  // Every machine: due somewhere between 20 days ago and 200 days ahead, so some are overdue and some due soon.
  await timed(
    log,
    "equipment",
    client,
    `insert into fleet_equipment (id, account_id, site_id, serial_number, name, brand, status, installation_date,
                                  warranty_end, notes, next_due_date, next_due_plan_id)
     select ${id("equip", "g")}, ${id("cacc", `g / ${E}`)}, ${id("csite", `(g / ${E}) * ${S} + g % ${S}`)},
            'SN-' || lpad(g::text, 8, '0'), (${sqlArray(MACHINES)})[1 + g % 10] || ' ' || (g % ${E} + 1),
            (${sqlArray(BRANDS)})[1 + (g / 10) % 10],
            (array['in_service','in_service','in_service','in_service','in_service','in_service','under_repair','out_of_service','in_service','retired'])[1 + (g / 3) % 10],
            now() - make_interval(days => (g % 1500)), now() + make_interval(days => (g % 900) - 300),
            case when g % 7 = 0 then 'Installed by the dealer' end,
            now() + make_interval(days => (g * 37 % 220) - 20), ${id("mplan", "g")}
     from generate_series($1::int, $2::int - 1) g`,
    range
  )
  await timed(
    log,
    "meters",
    client,
    `insert into fleet_meter (id, name, kind, unit, equipment_id)
     select ${id("meter", "g")}, 'Running hours', 'hours', 'h', ${id("equip", "g")}
     from generate_series($1::int, $2::int - 1) g`,
    range
  )
  await timed(
    log,
    "maintenance plans",
    client,
    `insert into fleet_maintenance_plan (id, name, interval_days, interval_units, meter_id, last_done_at,
                                         last_done_value, next_due_date, next_due_value, projected, equipment_id)
     select ${id("mplan", "g")}, 'Service every 250 h or 180 days', 180, 250, ${id("meter", "g")},
            now() + make_interval(days => (g * 37 % 220) - 200), ${R - 3} * 8,
            now() + make_interval(days => (g * 37 % 220) - 20), ${R - 3} * 8 + 250, g % 2 = 0, ${id("equip", "g")}
     from generate_series($1::int, $2::int - 1) g`,
    range
  )
  await timed(
    log,
    "maintenance log",
    client,
    `insert into fleet_maintenance_log_entry (id, performed_at, kind, description, technician, duration_minutes,
                                              parts, meter_values, equipment_id)
     select ${id("mlog", "g")}, now() - make_interval(days => (g % ${L}) * 180 + 30),
            (array['preventive','corrective','inspection'])[1 + g % 3], 'Filters and oil changed, belts checked',
            'Technician ' || (g % 40), 45 + g % 120,
            jsonb_build_array(jsonb_build_object('variant_id', null, 'title', 'Oil filter', 'sku', 'OF-100', 'quantity', 1)),
            jsonb_build_array(jsonb_build_object('meter_id', ${id("meter", `g / ${L}`)}, 'value', (${R} - 6 * (g % ${L})) * 8)),
            ${id("equip", `g / ${L}`)}
     from generate_series($1::int * ${L}, $2::int * ${L} - 1) g`,
    range
  )
  // A reading every 18 days, about 8 hours of use a day between them, the newest yesterday.
  await timed(
    log,
    "meter readings",
    client,
    `insert into fleet_meter_reading (id, value, read_at, source, status, meter_id)
     select ${id("mread", "g")}, (g % ${R} + 1) * 8 * 18 + (g % 5),
            date_trunc('milliseconds', now() - interval '1 day' - make_interval(days => (${R} - 1 - g % ${R}) * 18)),
            (array['staff','technician','client'])[1 + g % 3], 'accepted', ${id("meter", `g / ${R}`)}
     from generate_series($1::int * ${R}, $2::int * ${R} - 1) g`,
    range
  )
}

/**
 * The chart's meter: a second meter (energy) on account 0's first machine, with readings [from, to), one
 * an hour going back from now, so that 100,000 of them span eleven years.
 */
export async function seedChartReadings(client, from, to, { log }) {
  if (from === 0) {
    await client.query(
      `insert into fleet_meter (id, name, kind, unit, equipment_id) values ($1, 'Energy', 'energy', 'kWh', $2)`,
      [benchIds.chartMeter, benchIds.equipment(0)]
    )
  }
  await timed(
    log,
    "chart meter readings",
    client,
    `insert into fleet_meter_reading (id, value, read_at, source, status, meter_id)
     select 'mread_BENCHC' || lpad(k::text, 20, '0'), 1000000 - k * 0.9 - (k % 7) * 0.1,
            date_trunc('milliseconds', now() - make_interval(hours => k)),
            'technician', 'accepted', $3
     from generate_series($1::int, $2::int - 1) k`,
    [from, to, benchIds.chartMeter]
  )
}

/** The signed-in customers become the admins of accounts 0, 1, 2, ... (the accounts under load). */
export async function addSignedInMembers(client, members, { log }) {
  await timed(
    log,
    "signed-in members",
    client,
    `insert into account_member (id, customer_id, role, is_payer, account_id, activated_at)
     select 'cmem_BENCHS' || lpad(i::text, 20, '0'), customer_id, 'admin', false, ${id("cacc", "i")}, now()
     from unnest($1::text[]) with ordinality as m(customer_id, i0), lateral (select (i0 - 1)::int as i) x`,
    [members.map((m) => m.customer_id)]
  )
}

/**
 * VACUUM ANALYZE, as autovacuum would have done on a store that grew to this size: fresh statistics for the
 * planner, and a visibility map so that index-only scans do not fetch every row from the heap.
 */
export async function vacuumAnalyze(client, { log }) {
  const started = Date.now()
  await client.query("vacuum analyze")
  // The bulk load's dirty pages are written now rather than by a checkpoint in the middle of a measured line
  // (a role without the right to ask for one leaves it to PostgreSQL).
  await client.query("checkpoint").catch((error) => log(`    no checkpoint: ${error.message}`))
  log(`    vacuum analyze and checkpoint: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
