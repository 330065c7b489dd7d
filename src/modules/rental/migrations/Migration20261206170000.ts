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
 * Triggers on assignments, blocks and units keep both, whatever path writes (workflow, seed, bulk script,
 * psql), in the writer's own transaction. A change recomputes the touched unit's days over the span it touched
 * under a transaction-scoped advisory lock on the unit, so two writers of one unit (an assignment and a block)
 * count in turn, the second seeing the first's committed rows (read committed: each statement of the function
 * reads anew). Counts move by +1/-1 upserts, which concurrent writers of other units of the model can share.
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

    this.addSql(`
      create or replace function rental_refresh_unit_busy_days(p_unit text, p_first date, p_last date) returns void
      language plpgsql as $$
      declare
        v_model text;
        v_counted boolean;
      begin
        if p_unit is null or p_first is null or p_last is null or p_first > p_last then
          return;
        end if;
        perform pg_advisory_xact_lock(hashtextextended('rental_unit_busy_day:' || p_unit, 0));
        select rental_model_id, active and deleted_at is null into v_model, v_counted from rental_unit where id = p_unit;
        with ranges as (
          select lower(a.during) as starts_at, upper(a.during) as ends_at
            from rental_assignment a
           where a.unit_id = p_unit and a.live and a.deleted_at is null
             and a.during && tstzrange(p_first::timestamp at time zone 'UTC', (p_last + 1)::timestamp at time zone 'UTC')
          union all
          select b.starts_at, b.ends_at
            from rental_block b
           where b.unit_id = p_unit and b.deleted_at is null
             and b.starts_at < (p_last + 1)::timestamp at time zone 'UTC' and b.ends_at > p_first::timestamp at time zone 'UTC'
        ), wanted as (
          select distinct d::date as day
            from ranges, generate_series(greatest(rental_first_day(starts_at), p_first), least(rental_last_day(ends_at), p_last), interval '1 day') d
        ), removed as (
          delete from rental_unit_busy_day b
           where b.unit_id = p_unit and b.day between p_first and p_last and not exists (select 1 from wanted w where w.day = b.day)
          returning b.day
        ), added as (
          insert into rental_unit_busy_day (unit_id, day) select p_unit, day from wanted
          on conflict do nothing
          returning day
        ), freed as (
          -- An update, not an upsert of -1: the check on busy applies to the row an insert proposes.
          update rental_model_busy_day m set busy = m.busy - 1
            from removed r
           where v_counted and m.model_id = v_model and m.day = r.day
        )
        insert into rental_model_busy_day (model_id, day, busy)
        select v_model, day, 1 from added where v_counted
        on conflict (model_id, day) do update set busy = rental_model_busy_day.busy + 1;
      end $$;`);

    // An assignment or a block: the days of its old range and of its new one, recomputed for its unit(s).
    this.addSql(`
      create or replace function rental_busy_range_changed() returns trigger
      language plpgsql as $$
      declare
        v_old_unit text; v_old_from timestamptz; v_old_to timestamptz;
        v_new_unit text; v_new_from timestamptz; v_new_to timestamptz;
      begin
        if TG_TABLE_NAME = 'rental_assignment' then
          if TG_OP <> 'INSERT' then v_old_unit := OLD.unit_id; v_old_from := OLD.starts_at; v_old_to := OLD.blocked_until; end if;
          if TG_OP <> 'DELETE' then v_new_unit := NEW.unit_id; v_new_from := NEW.starts_at; v_new_to := NEW.blocked_until; end if;
          if TG_OP = 'UPDATE' and OLD.unit_id = NEW.unit_id and OLD.during = NEW.during and OLD.live = NEW.live
             and OLD.deleted_at is not distinct from NEW.deleted_at then
            return null;
          end if;
        else
          if TG_OP <> 'INSERT' then v_old_unit := OLD.unit_id; v_old_from := OLD.starts_at; v_old_to := OLD.ends_at; end if;
          if TG_OP <> 'DELETE' then v_new_unit := NEW.unit_id; v_new_from := NEW.starts_at; v_new_to := NEW.ends_at; end if;
          if TG_OP = 'UPDATE' and OLD.unit_id = NEW.unit_id and OLD.starts_at = NEW.starts_at and OLD.ends_at = NEW.ends_at
             and OLD.deleted_at is not distinct from NEW.deleted_at then
            return null;
          end if;
        end if;
        if v_old_unit is not null and v_old_unit is distinct from v_new_unit then
          perform rental_refresh_unit_busy_days(v_old_unit, rental_first_day(v_old_from), rental_last_day(v_old_to));
          v_old_unit := null;
        end if;
        if v_new_unit is not null then
          perform rental_refresh_unit_busy_days(
            v_new_unit,
            least(rental_first_day(v_new_from), case when v_old_unit is not null then rental_first_day(v_old_from) end),
            greatest(rental_last_day(v_new_to), case when v_old_unit is not null then rental_last_day(v_old_to) end)
          );
        elsif v_old_unit is not null then
          perform rental_refresh_unit_busy_days(v_old_unit, rental_first_day(v_old_from), rental_last_day(v_old_to));
        end if;
        return null;
      end $$;`);

    // A unit leaving or joining its model's count (deactivated, deleted, restored, moved to another model):
    // its busy days leave the old count and join the new one.
    this.addSql(`
      create or replace function rental_unit_count_changed() returns trigger
      language plpgsql as $$
      declare
        v_was boolean := TG_OP <> 'INSERT' and OLD.active and OLD.deleted_at is null;
        v_is boolean := TG_OP <> 'DELETE' and NEW.active and NEW.deleted_at is null;
        v_unit text := coalesce(NEW.id, OLD.id);
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

    this.addSql(`drop trigger if exists "rental_assignment_busy_days" on "rental_assignment";`);
    this.addSql(`create trigger "rental_assignment_busy_days" after insert or update or delete on "rental_assignment" for each row execute function rental_busy_range_changed();`);
    this.addSql(`drop trigger if exists "rental_block_busy_days" on "rental_block";`);
    this.addSql(`create trigger "rental_block_busy_days" after insert or update or delete on "rental_block" for each row execute function rental_busy_range_changed();`);
    this.addSql(`drop trigger if exists "rental_unit_busy_days" on "rental_unit";`);
    this.addSql(`create trigger "rental_unit_busy_days" after insert or update or delete on "rental_unit" for each row execute function rental_unit_count_changed();`);

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
    this.addSql(`drop trigger if exists "rental_block_busy_days" on "rental_block";`);
    this.addSql(`drop trigger if exists "rental_assignment_busy_days" on "rental_assignment";`);
    this.addSql(`drop function if exists rental_unit_count_changed();`);
    this.addSql(`drop function if exists rental_busy_range_changed();`);
    this.addSql(`drop function if exists rental_refresh_unit_busy_days(text, date, date);`);
    this.addSql(`drop function if exists rental_last_day(timestamptz);`);
    this.addSql(`drop function if exists rental_first_day(timestamptz);`);
    this.addSql(`drop table if exists "rental_model_busy_day";`);
    this.addSql(`drop table if exists "rental_unit_busy_day";`);
  }

}
