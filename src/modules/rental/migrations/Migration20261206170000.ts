import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Busy days kept ahead of time, so a model's calendar reads one row per day instead of merging every busy
 * range of its units on each request (the bench's model: 1,000 units, 11,500 ranges in 90 days, 20 ms of
 * merging for a 90-row answer).
 *
 * - `rental_unit_busy_day`: the UTC days a unit is kept by a live assignment (buffer included) or a
 *   maintenance block, whatever else keeps it that day.
 * - `rental_model_busy_day`: per model and day, how many of its active units are busy: the count of the first
 *   table's rows for those units.
 *
 * Triggers on assignments and blocks (once per statement, on the rows it changed) and on units keep both,
 * whatever path writes (workflow, seed, bulk script, psql), in the writer's own transaction. A change
 * recomputes each touched unit's days over the span it touched under a transaction-scoped advisory lock on the
 * unit, so two writers of one unit (an assignment and a block) count in turn, the second seeing the first's
 * committed rows (read committed: each statement of the function reads anew). Counts move by increments,
 * which concurrent writers of other units of the model can share.
 *
 * A unit still out after its planned end stays busy until it is back: that depends on the clock, so
 * availability adds those days when it reads (see RentalModuleService.dailyFreeUnits).
 */
export class Migration20261206170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "rental_unit_busy_day" ("unit_id" text not null, "day" date not null, constraint "rental_unit_busy_day_pkey" primary key ("unit_id", "day"));`);
    this.addSql(`create table if not exists "rental_model_busy_day" ("model_id" text not null, "day" date not null, "busy" integer not null, constraint "rental_model_busy_day_pkey" primary key ("model_id", "day"), constraint "rental_model_busy_day_busy_check" check ("busy" >= 0));`);

    // The UTC day a range starts on, and the last UTC day it touches (its end is exclusive).
    this.addSql(`create or replace function rental_first_day(t timestamptz) returns date language sql immutable as $$ select (t at time zone 'UTC')::date $$;`);
    this.addSql(`create or replace function rental_last_day(t timestamptz) returns date language sql immutable as $$ select ((t - interval '1 microsecond') at time zone 'UTC')::date $$;`);

    // Recomputes the busy days of units over spans of days: `units`, `firsts` and `lasts` side by side, a unit
    // possibly more than once. Set-based, so a bulk insert of 50,000 assignments is one pass, not 50,000.
    this.addSql(`
      create or replace function rental_refresh_busy_days(units text[], firsts date[], lasts date[]) returns void
      language plpgsql as $$
      begin
        -- In unit order, so two writers of the same units cannot wait on each other in a cycle.
        perform pg_advisory_xact_lock(hashtextextended('rental_unit_busy_day:' || unit_id, 0))
           from (select distinct unit_id from unnest(units) unit_id where unit_id is not null order by unit_id) u;
        with spans as (
          select t.unit_id, min(t.first) as first, max(t.last) as last
            from unnest(units, firsts, lasts) as t(unit_id, first, last)
           where t.unit_id is not null and t.first <= t.last
           group by t.unit_id
        ), ranges as (
          select s.unit_id, s.first, s.last, lower(a.during) as starts_at, upper(a.during) as ends_at
            from spans s join rental_assignment a on a.unit_id = s.unit_id and a.live and a.deleted_at is null
             and a.during && tstzrange(s.first::timestamp at time zone 'UTC', (s.last + 1)::timestamp at time zone 'UTC')
          union all
          select s.unit_id, s.first, s.last, b.starts_at, b.ends_at
            from spans s join rental_block b on b.unit_id = s.unit_id and b.deleted_at is null
             and b.starts_at < (s.last + 1)::timestamp at time zone 'UTC' and b.ends_at > s.first::timestamp at time zone 'UTC'
        ), wanted as (
          select distinct r.unit_id, d::date as day
            from ranges r, generate_series(greatest(rental_first_day(r.starts_at), r.first), least(rental_last_day(r.ends_at), r.last), interval '1 day') d
        ), removed as (
          delete from rental_unit_busy_day b
           using spans s
           where b.unit_id = s.unit_id and b.day between s.first and s.last
             and not exists (select 1 from wanted w where w.unit_id = b.unit_id and w.day = b.day)
          returning b.unit_id, b.day
        ), added as (
          insert into rental_unit_busy_day (unit_id, day) select unit_id, day from wanted
          on conflict do nothing
          returning unit_id, day
        ), freed as (
          -- An update, not an upsert of a negative count: the check on busy applies to the row an insert proposes.
          update rental_model_busy_day m set busy = m.busy - f.days
            from (select u.rental_model_id, r.day, count(*)::int as days
                    from removed r join rental_unit u on u.id = r.unit_id and u.active and u.deleted_at is null
                   group by u.rental_model_id, r.day) f
           where m.model_id = f.rental_model_id and m.day = f.day
        )
        insert into rental_model_busy_day (model_id, day, busy)
        select u.rental_model_id, a.day, count(*)::int
          from added a join rental_unit u on u.id = a.unit_id and u.active and u.deleted_at is null
         group by u.rental_model_id, a.day
        on conflict (model_id, day) do update set busy = rental_model_busy_day.busy + excluded.busy;
      end $$;`);

    // Once per statement, with the rows it changed: the days of each old range and each new one. An update
    // that leaves unit, range, liveness and deletion as they were (a note, updated_at) touches nothing.
    this.addSql(`
      create or replace function rental_busy_ranges_changed() returns trigger
      language plpgsql as $$
      declare
        touched record;
      begin
        if TG_TABLE_NAME = 'rental_assignment' then
          if TG_OP = 'INSERT' then
            select array_agg(unit_id) as units, array_agg(rental_first_day(starts_at)) as firsts, array_agg(rental_last_day(blocked_until)) as lasts
              into touched from new_rows where live and deleted_at is null;
          elsif TG_OP = 'DELETE' then
            select array_agg(unit_id) as units, array_agg(rental_first_day(starts_at)) as firsts, array_agg(rental_last_day(blocked_until)) as lasts
              into touched from old_rows where live and deleted_at is null;
          else
            select array_agg(c.unit_id) as units, array_agg(c.first) as firsts, array_agg(c.last) as lasts into touched
              from old_rows o join new_rows n on n.id = o.id,
                   lateral (values (o.unit_id, rental_first_day(o.starts_at), rental_last_day(o.blocked_until)),
                                   (n.unit_id, rental_first_day(n.starts_at), rental_last_day(n.blocked_until))) c(unit_id, first, last)
             where o.unit_id <> n.unit_id or o.during <> n.during or o.live <> n.live or o.deleted_at is distinct from n.deleted_at;
          end if;
        else
          if TG_OP = 'INSERT' then
            select array_agg(unit_id) as units, array_agg(rental_first_day(starts_at)) as firsts, array_agg(rental_last_day(ends_at)) as lasts
              into touched from new_rows where deleted_at is null;
          elsif TG_OP = 'DELETE' then
            select array_agg(unit_id) as units, array_agg(rental_first_day(starts_at)) as firsts, array_agg(rental_last_day(ends_at)) as lasts
              into touched from old_rows where deleted_at is null;
          else
            select array_agg(c.unit_id) as units, array_agg(c.first) as firsts, array_agg(c.last) as lasts into touched
              from old_rows o join new_rows n on n.id = o.id,
                   lateral (values (o.unit_id, rental_first_day(o.starts_at), rental_last_day(o.ends_at)),
                                   (n.unit_id, rental_first_day(n.starts_at), rental_last_day(n.ends_at))) c(unit_id, first, last)
             where o.unit_id <> n.unit_id or o.starts_at <> n.starts_at or o.ends_at <> n.ends_at or o.deleted_at is distinct from n.deleted_at;
          end if;
        end if;
        if touched.units is not null then
          perform rental_refresh_busy_days(touched.units, touched.firsts, touched.lasts);
        end if;
        return null;
      end $$;`);

    // A unit leaving or joining its model's count (deactivated, deleted, restored, moved to another model):
    // its busy days leave the old count and join the new one.
    this.addSql(`
      create or replace function rental_unit_count_changed() returns trigger
      language plpgsql as $$
      declare
        v_was boolean := OLD.active and OLD.deleted_at is null;
        v_is boolean := TG_OP <> 'DELETE' and NEW.active and NEW.deleted_at is null;
        v_unit text := OLD.id;
      begin
        if TG_OP = 'UPDATE' and v_was = v_is and OLD.rental_model_id = NEW.rental_model_id then
          return null;
        end if;
        perform pg_advisory_xact_lock(hashtextextended('rental_unit_busy_day:' || v_unit, 0));
        if v_was then
          update rental_model_busy_day m set busy = m.busy - 1
            from rental_unit_busy_day u where u.unit_id = v_unit and m.model_id = OLD.rental_model_id and m.day = u.day;
        end if;
        if v_is then
          insert into rental_model_busy_day (model_id, day, busy)
          select NEW.rental_model_id, u.day, 1 from rental_unit_busy_day u where u.unit_id = v_unit
          on conflict (model_id, day) do update set busy = rental_model_busy_day.busy + 1;
        end if;
        if TG_OP = 'DELETE' then
          delete from rental_unit_busy_day where unit_id = v_unit;
        end if;
        return null;
      end $$;`);

    this.addSql(`drop trigger if exists "rental_assignment_busy_days_insert" on "rental_assignment";`);
    this.addSql(`create trigger "rental_assignment_busy_days_insert" after insert on "rental_assignment" referencing new table as new_rows for each statement execute function rental_busy_ranges_changed();`);
    this.addSql(`drop trigger if exists "rental_assignment_busy_days_update" on "rental_assignment";`);
    this.addSql(`create trigger "rental_assignment_busy_days_update" after update on "rental_assignment" referencing old table as old_rows new table as new_rows for each statement execute function rental_busy_ranges_changed();`);
    this.addSql(`drop trigger if exists "rental_assignment_busy_days_delete" on "rental_assignment";`);
    this.addSql(`create trigger "rental_assignment_busy_days_delete" after delete on "rental_assignment" referencing old table as old_rows for each statement execute function rental_busy_ranges_changed();`);
    this.addSql(`drop trigger if exists "rental_block_busy_days_insert" on "rental_block";`);
    this.addSql(`create trigger "rental_block_busy_days_insert" after insert on "rental_block" referencing new table as new_rows for each statement execute function rental_busy_ranges_changed();`);
    this.addSql(`drop trigger if exists "rental_block_busy_days_update" on "rental_block";`);
    this.addSql(`create trigger "rental_block_busy_days_update" after update on "rental_block" referencing old table as old_rows new table as new_rows for each statement execute function rental_busy_ranges_changed();`);
    this.addSql(`drop trigger if exists "rental_block_busy_days_delete" on "rental_block";`);
    this.addSql(`create trigger "rental_block_busy_days_delete" after delete on "rental_block" referencing old table as old_rows for each statement execute function rental_busy_ranges_changed();`);
    // A new unit has no busy days yet: only its changes and its deletion move counts.
    this.addSql(`drop trigger if exists "rental_unit_busy_days" on "rental_unit";`);
    this.addSql(`create trigger "rental_unit_busy_days" after update or delete on "rental_unit" for each row execute function rental_unit_count_changed();`);

    // What was written before the triggers existed.
    this.addSql(`
      insert into rental_unit_busy_day (unit_id, day)
      select distinct r.unit_id, d::date
        from (select unit_id, lower(during) as starts_at, upper(during) as ends_at from rental_assignment where live and deleted_at is null
              union all
              select unit_id, starts_at, ends_at from rental_block where deleted_at is null) r,
             generate_series(rental_first_day(r.starts_at), rental_last_day(r.ends_at), interval '1 day') d
      on conflict do nothing;`);
    this.addSql(`
      insert into rental_model_busy_day (model_id, day, busy)
      select u.rental_model_id, b.day, count(*)
        from rental_unit_busy_day b join rental_unit u on u.id = b.unit_id
       where u.active and u.deleted_at is null
       group by u.rental_model_id, b.day
      on conflict (model_id, day) do update set busy = excluded.busy;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "rental_unit_busy_days" on "rental_unit";`);
    for (const table of ["rental_block", "rental_assignment"]) {
      for (const op of ["insert", "update", "delete"]) this.addSql(`drop trigger if exists "${table}_busy_days_${op}" on "${table}";`);
    }
    this.addSql(`drop function if exists rental_unit_count_changed();`);
    this.addSql(`drop function if exists rental_busy_ranges_changed();`);
    this.addSql(`drop function if exists rental_refresh_busy_days(text[], date[], date[]);`);
    this.addSql(`drop function if exists rental_last_day(timestamptz);`);
    this.addSql(`drop function if exists rental_first_day(timestamptz);`);
    this.addSql(`drop table if exists "rental_model_busy_day";`);
    this.addSql(`drop table if exists "rental_unit_busy_day";`);
  }

}
