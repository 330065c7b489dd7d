import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Chart summaries of meter readings, kept by PostgreSQL itself so that every write path (workflows and their
 * compensations, review, soft delete, CSV import, bulk loads) keeps them exact. Written by hand: the table and
 * its triggers are no data model, so `plugin:db:generate` (which compares models with the snapshot) never sees
 * them and never drops them.
 *
 * `fleet_meter_reading_rollup` holds, per meter and UTC hour, day and week (weeks start on Monday), the first,
 * last, lowest (earliest on ties) and highest (latest on ties) charted reading: not deleted, not rejected.
 * Only meters with more than 2,000 readings are summarized (listed in `fleet_meter_reading_rollup_meter`):
 * a smaller meter is charted from its readings as cheaply, and a fleet's many sparse meters cost no storage.
 *
 * Upkeep, one set-based pass per statement (transition tables), each holding the lock of the meter rows it
 * touches (FOR NO KEY UPDATE, in id order: plain inserts of readings, whose foreign key check only shares the
 * key, never wait for it), so that two writes of one meter's summary never interleave:
 * - new readings are merged into their periods (the earliest, latest, lowest and highest of the two);
 * - changed and deleted readings have the weeks they touched recomputed from the readings;
 * - a meter passing 2,000 readings is summarized whole.
 */
export class Migration20261201233500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "fleet_meter_reading_rollup" (
      "meter_id" text not null,
      "level" text not null check ("level" in ('hour', 'day', 'week')),
      "period_start" timestamptz not null,
      "first_at" timestamptz not null, "first_id" text not null,
      "last_at" timestamptz not null, "last_id" text not null,
      "low_value" double precision not null, "low_at" timestamptz not null, "low_id" text not null,
      "high_value" double precision not null, "high_at" timestamptz not null, "high_id" text not null,
      constraint "fleet_meter_reading_rollup_pkey" primary key ("meter_id", "level", "period_start"));`)
    this.addSql(`create table if not exists "fleet_meter_reading_rollup_meter" (
      "meter_id" text not null,
      constraint "fleet_meter_reading_rollup_meter_pkey" primary key ("meter_id"),
      constraint "fleet_meter_reading_rollup_meter_meter_id_foreign" foreign key ("meter_id")
        references "fleet_meter" ("id") on update cascade on delete cascade);`)

    // A chart's order of readings: by time then id, or by value then time then id.
    this.addSql(`create type "fleet_reading_by_time" as ("read_at" timestamptz, "id" text);`)
    this.addSql(`create type "fleet_reading_by_value" as ("value" double precision, "read_at" timestamptz, "id" text);`)

    // The UTC hour, day or week (from Monday) a time falls in; charts cut their buckets on the same grid.
    this.addSql(`create function "fleet_reading_period"(length interval, at timestamptz) returns timestamptz
      language sql immutable parallel safe as $$ select date_bin(length, at, timestamptz '2001-01-01 00:00:00+00') $$;`)

    this.addSql(`create function "fleet_meter_reading_rollup_merge"(s "fleet_meter_reading_rollup", e "fleet_meter_reading_rollup")
      returns "fleet_meter_reading_rollup" language sql immutable as $$
      select s.meter_id, s.level, s.period_start, (f).read_at, (f).id, (l).read_at, (l).id,
             (lo).value, (lo).read_at, (lo).id, (hi).value, (hi).read_at, (hi).id
      from (select least((s.first_at, s.first_id)::fleet_reading_by_time, (e.first_at, e.first_id)::fleet_reading_by_time) as f,
                   greatest((s.last_at, s.last_id)::fleet_reading_by_time, (e.last_at, e.last_id)::fleet_reading_by_time) as l,
                   least((s.low_value, s.low_at, s.low_id)::fleet_reading_by_value, (e.low_value, e.low_at, e.low_id)::fleet_reading_by_value) as lo,
                   greatest((s.high_value, s.high_at, s.high_id)::fleet_reading_by_value, (e.high_value, e.high_at, e.high_id)::fleet_reading_by_value) as hi) k
    $$;`)

    // Whether a meter is summarized is read under its lock, so that one being summarized meanwhile is seen.
    this.addSql(`create function "fleet_meter_reading_rollup_recompute"(meter_ids text[], weeks timestamptz[]) returns void
      language plpgsql set work_mem = '64MB' as $$
    begin
      perform 1 from fleet_meter m where m.id in (select unnest(meter_ids)) order by m.id for no key update;
      delete from fleet_meter_reading_rollup s using unnest(meter_ids, weeks) t(meter_id, week)
      where s.meter_id = t.meter_id and s.level in ('hour', 'day', 'week')
        and s.period_start >= t.week and s.period_start < t.week + interval '168 hours';
      ${SUMMARIZE.replace(
        "%READINGS%",
        `(select distinct * from unnest(meter_ids, weeks)) t(meter_id, week)
        join fleet_meter_reading_rollup_meter m on m.meter_id = t.meter_id
        join fleet_meter_reading r on r.meter_id = t.meter_id and r.read_at >= t.week and r.read_at < t.week + interval '168 hours'
        where r.deleted_at is null and r.status <> 'rejected'`
      )};
    end $$;`)

    this.addSql(`create function "fleet_meter_reading_rollup_start"(meter_ids text[]) returns text[]
      language plpgsql set work_mem = '64MB' as $$
    declare
      started text[];
    begin
      -- The caller holds the meters' lock, so no other write decides for them meanwhile.
      select array_agg(m.id order by m.id) into started from unnest(meter_ids) m(id)
      where not exists (select 1 from fleet_meter_reading_rollup_meter s where s.meter_id = m.id)
        and (select count(*) from (select 1 from fleet_meter_reading r where r.meter_id = m.id and r.deleted_at is null limit 2001) c) > 2000;
      if started is null then
        return '{}';
      end if;
      insert into fleet_meter_reading_rollup_meter (meter_id) select unnest(started) on conflict do nothing;
      perform fleet_meter_reading_rollup_recompute(array_agg(meter_id), array_agg(week))
      from (select distinct r.meter_id, fleet_reading_period('168 hours', r.read_at) as week
            from fleet_meter_reading r where r.meter_id = any(started) and r.deleted_at is null) w;
      return started;
    end $$;`)

    this.addSql(`create function "fleet_meter_reading_rollup_on_insert"() returns trigger
      language plpgsql set work_mem = '64MB' as $$
    declare
      started text[];
    begin
      perform 1 from fleet_meter m where m.id in (select meter_id from new_readings) order by m.id for no key update;
      started := fleet_meter_reading_rollup_start(array(select distinct meter_id from new_readings));
      ${SUMMARIZE.replace(
        "%READINGS%",
        `new_readings r join fleet_meter_reading_rollup_meter m on m.meter_id = r.meter_id
        where r.deleted_at is null and r.status <> 'rejected' and r.meter_id <> all(started)`
      )};
      return null;
    end $$;`)

    this.addSql(`create function "fleet_meter_reading_rollup_on_update"() returns trigger language plpgsql as $$
    begin
      perform fleet_meter_reading_rollup_recompute(array_agg(meter_id), array_agg(week))
      from (
        select distinct c.meter_id, fleet_reading_period('168 hours', c.read_at) as week from (
          (select id, meter_id, read_at, value from old_readings where deleted_at is null and status <> 'rejected'
           except select id, meter_id, read_at, value from new_readings where deleted_at is null and status <> 'rejected')
          union all
          (select id, meter_id, read_at, value from new_readings where deleted_at is null and status <> 'rejected'
           except select id, meter_id, read_at, value from old_readings where deleted_at is null and status <> 'rejected')
        ) c
      ) touched
      having count(*) > 0;
      return null;
    end $$;`)

    // A meter deleted with its readings has lost its fleet_meter_reading_rollup_meter row first (cascade).
    this.addSql(`create function "fleet_meter_reading_rollup_on_delete"() returns trigger language plpgsql as $$
    begin
      delete from fleet_meter_reading_rollup s
      where s.meter_id in (select distinct meter_id from old_readings)
        and not exists (select 1 from fleet_meter_reading_rollup_meter m where m.meter_id = s.meter_id);
      perform fleet_meter_reading_rollup_recompute(array_agg(meter_id), array_agg(week))
      from (
        select distinct o.meter_id, fleet_reading_period('168 hours', o.read_at) as week from old_readings o
        where o.deleted_at is null and o.status <> 'rejected'
      ) touched
      having count(*) > 0;
      return null;
    end $$;`)

    this.addSql(`create function "fleet_meter_reading_rollup_on_truncate"() returns trigger language plpgsql as $$
    begin
      truncate fleet_meter_reading_rollup, fleet_meter_reading_rollup_meter;
      return null;
    end $$;`)

    this.addSql(`create trigger "fleet_meter_reading_rollup_insert" after insert on "fleet_meter_reading"
      referencing new table as new_readings for each statement execute function "fleet_meter_reading_rollup_on_insert"();`)
    this.addSql(`create trigger "fleet_meter_reading_rollup_update" after update on "fleet_meter_reading"
      referencing old table as old_readings new table as new_readings
      for each statement execute function "fleet_meter_reading_rollup_on_update"();`)
    this.addSql(`create trigger "fleet_meter_reading_rollup_delete" after delete on "fleet_meter_reading"
      referencing old table as old_readings for each statement execute function "fleet_meter_reading_rollup_on_delete"();`)
    this.addSql(`create trigger "fleet_meter_reading_rollup_truncate" after truncate on "fleet_meter_reading"
      for each statement execute function "fleet_meter_reading_rollup_on_truncate"();`)

    // Meters that already have their 2,000 readings (migrations run alone: no lock needed).
    this.addSql(`select fleet_meter_reading_rollup_start(array(select id from fleet_meter));`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "fleet_meter_reading_rollup_insert" on "fleet_meter_reading";`)
    this.addSql(`drop trigger if exists "fleet_meter_reading_rollup_update" on "fleet_meter_reading";`)
    this.addSql(`drop trigger if exists "fleet_meter_reading_rollup_delete" on "fleet_meter_reading";`)
    this.addSql(`drop trigger if exists "fleet_meter_reading_rollup_truncate" on "fleet_meter_reading";`)
    this.addSql(`drop function if exists "fleet_meter_reading_rollup_on_insert"(), "fleet_meter_reading_rollup_on_update"(),
      "fleet_meter_reading_rollup_on_delete"(), "fleet_meter_reading_rollup_on_truncate"(),
      "fleet_meter_reading_rollup_start"(text[]), "fleet_meter_reading_rollup_recompute"(text[], timestamptz[]),
      "fleet_meter_reading_rollup_merge"("fleet_meter_reading_rollup", "fleet_meter_reading_rollup"),
      "fleet_reading_period"(interval, timestamptz);`)
    this.addSql(`drop table if exists "fleet_meter_reading_rollup_meter", "fleet_meter_reading_rollup";`)
    this.addSql(`drop type if exists "fleet_reading_by_time", "fleet_reading_by_value";`)
  }
}

/**
 * Summarizes %READINGS% (a FROM clause of readings `r`, with its WHERE) per meter and hour, day and week, and
 * merges the summaries into the stored ones.
 */
const SUMMARIZE = `with hours as (
    select r.meter_id, fleet_reading_period('1 hour', r.read_at) as period_start,
           min(array[(r.read_at, r.id)::fleet_reading_by_time]) as first, max(array[(r.read_at, r.id)::fleet_reading_by_time]) as last,
           min(array[(r.value, r.read_at, r.id)::fleet_reading_by_value]) as low,
           max(array[(r.value, r.read_at, r.id)::fleet_reading_by_value]) as high
    from %READINGS%
    group by 1, 2
  ),
  days as (
    select meter_id, fleet_reading_period('24 hours', period_start) as period_start,
           min(first) as first, max(last) as last, min(low) as low, max(high) as high
    from hours group by 1, 2
  ),
  periods as (
    select meter_id, 'hour' as level, period_start, first[1] as first, last[1] as last, low[1] as low, high[1] as high from hours
    union all
    select meter_id, 'day', period_start, first[1], last[1], low[1], high[1] from days
    union all
    select meter_id, 'week', fleet_reading_period('168 hours', period_start), (min(first))[1], (max(last))[1], (min(low))[1], (max(high))[1]
    from days group by 1, 3
  )
  insert into fleet_meter_reading_rollup as s
  select meter_id, level, period_start, (first).read_at, (first).id, (last).read_at, (last).id,
         (low).value, (low).read_at, (low).id, (high).value, (high).read_at, (high).id
  from periods
  on conflict (meter_id, level, period_start) do update set
    (first_at, first_id, last_at, last_id, low_value, low_at, low_id, high_value, high_at, high_id) =
    (select m.first_at, m.first_id, m.last_at, m.last_id, m.low_value, m.low_at, m.low_id, m.high_value, m.high_at, m.high_id
     from fleet_meter_reading_rollup_merge(s, excluded) m)`
