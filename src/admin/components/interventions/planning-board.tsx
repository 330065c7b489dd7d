import { Alert, Badge, Button, Text, toast } from "@medusajs/ui"
import dayjs from "dayjs"
import "dayjs/locale/fr"
import "dayjs/locale/it"
import "dayjs/locale/sk"
import { useMemo, useState } from "react"
import { Calendar, dayjsLocalizer, type View } from "react-big-calendar"
import withDragAndDrop, { type EventInteractionArgs } from "react-big-calendar/lib/addons/dragAndDrop"
import "react-big-calendar/lib/css/react-big-calendar.css"
import "react-big-calendar/lib/addons/dragAndDrop/styles.css"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { greatCircleTravel } from "../../../lib/field-service/travel"
import {
  DEFAULT_FIELD_SERVICE_SETTINGS,
  useInterventions,
  useScheduleIntervention,
  useTechnicians,
  type AdminIntervention,
  type AdminTechnician,
} from "../../hooks/api/interventions"
import { ScheduleForm } from "./schedule-form"
import "./planning.css"

type BoardEvent = {
  id: string
  title: string
  start: Date
  end: Date
  resourceId: string
  intervention: AdminIntervention | null
  travel?: boolean
}
type Resource = { id: string; title: string }

const DnDCalendar = withDragAndDrop<BoardEvent, Resource>(Calendar)

/** Interventions that hold a technician's time on the board; cancelled ones leave it free. */
const ON_BOARD = new Set(["requested", "scheduled", "en_route", "in_progress", "done"])

/**
 * Travel before each appointment: from the technician's previous place that day (the last appointment, or the
 * home base first thing), with the same great-circle model the booking assistant uses. Shown as hatched
 * background blocks, so staff see why a slot right after another one is refused.
 */
function travelBlocks(events: BoardEvent[], technicians: AdminTechnician[], label: (minutes: number) => string): BoardEvent[] {
  const travel = greatCircleTravel(DEFAULT_FIELD_SERVICE_SETTINGS.distance)
  const blocks: BoardEvent[] = []
  for (const technician of technicians) {
    const home = { latitude: technician.home_latitude, longitude: technician.home_longitude }
    const own = events.filter((event) => event.resourceId === technician.id).sort((a, b) => a.start.getTime() - b.start.getTime())
    let previous: { day: string; place: { latitude: number; longitude: number } } | null = null
    for (const event of own) {
      const day = dayjs(event.start).format("YYYY-MM-DD")
      const intervention = event.intervention
      const place = intervention?.latitude != null && intervention.longitude != null ? { latitude: intervention.latitude, longitude: intervention.longitude } : null
      const from = previous && previous.day === day ? previous.place : home
      if (place) {
        const minutes = travel.minutes(from, place)
        if (minutes > 0) {
          blocks.push({
            id: `travel-${event.id}`,
            title: label(minutes),
            start: new Date(event.start.getTime() - minutes * 60_000),
            end: event.start,
            resourceId: technician.id,
            intervention: null,
            travel: true,
          })
        }
        previous = { day, place }
      }
    }
  }
  return blocks
}

/**
 * The planning board: technicians as columns, a day or a week; appointments as blocks, travel hatched before
 * them. Drag a block to move it, drag an intervention from the "to schedule" tray onto a technician's time to
 * assign it, or pick one in the tray and use the form. The backend checks every move; a refusal shows above
 * the board as the backend words it.
 */
export function PlanningBoard() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const locale = i18n.language.slice(0, 2)
  const localizer = useMemo(() => {
    dayjs.locale(["fr", "it", "sk"].includes(locale) ? locale : "en")
    return dayjsLocalizer(dayjs)
  }, [locale])
  const [view, setView] = useState<View>("day")
  const [date, setDate] = useState(() => dayjs().add(1, "day").startOf("day").toDate())
  const [dragged, setDragged] = useState<AdminIntervention | null>(null)
  const [picked, setPicked] = useState<AdminIntervention | null>(null)
  const range = useMemo(() => {
    const unit = view === "week" ? "week" : "day"
    return { from: dayjs(date).startOf(unit).toISOString(), to: dayjs(date).endOf(unit).toISOString() }
  }, [date, view])
  const technicians = useTechnicians()
  const board = useInterventions({ from: range.from, to: range.to, limit: 100, offset: 0 })
  const inbox = useInterventions({ inbox: true, limit: 50, offset: 0 })
  const schedule = useScheduleIntervention()

  const active = (technicians.data ?? []).filter((technician) => technician.active)
  const resources: Resource[] = active.map((technician) => ({ id: technician.id, title: technician.name }))
  const appointments: BoardEvent[] = (board.data?.interventions ?? [])
    .filter((item) => item.scheduled_start && item.scheduled_end && item.technician && ON_BOARD.has(item.status))
    .map((item) => ({
      id: item.id,
      title: [item.number, item.account?.name, item.site?.name].filter(Boolean).join(" · "),
      start: new Date(item.scheduled_start as string),
      end: new Date(item.scheduled_end as string),
      resourceId: item.technician!.id,
      intervention: item,
    }))
  const travel = travelBlocks(appointments, active, (minutes) => t("clientPortal.interventions.planning.travel", { count: minutes }))
  const unscheduled = (inbox.data?.interventions ?? []).filter((item) => !item.scheduled_start)

  const move = (intervention: AdminIntervention, technicianId: string, start: Date) => {
    schedule.mutate(
      { id: intervention.id, technician_id: technicianId, starts_at: start.toISOString() },
      {
        onSuccess: () => {
          toast.success(t("clientPortal.interventions.planning.moved", { number: intervention.number }))
          setPicked(null)
        },
      }
    )
  }
  const onEventDrop = ({ event, start, resourceId }: EventInteractionArgs<BoardEvent>) => {
    if (!event.intervention) return
    move(event.intervention, String(resourceId ?? event.resourceId), new Date(start))
  }

  return (
    <div className="flex flex-col gap-3" data-testid="planning-board">
      {schedule.error ? (
        <Alert variant="error" dismissible data-testid="planning-error">
          {t("clientPortal.interventions.schedule.refused", { message: schedule.error.message })}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[260px_1fr]">
        <aside className="flex flex-col gap-2" aria-labelledby="tray-title">
          <Text id="tray-title" size="small" weight="plus">
            {t("clientPortal.interventions.planning.tray", { count: unscheduled.length })}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("clientPortal.interventions.planning.trayHint")}
          </Text>
          <ul className="flex max-h-[560px] flex-col gap-2 overflow-y-auto" data-testid="planning-tray">
            {unscheduled.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  draggable
                  onDragStart={() => setDragged(item)}
                  onDragEnd={() => setDragged(null)}
                  onClick={() => setPicked(picked?.id === item.id ? null : item)}
                  aria-pressed={picked?.id === item.id}
                  className="w-full rounded-md border border-ui-border-base bg-ui-bg-base px-3 py-2 text-left hover:bg-ui-bg-base-hover aria-pressed:border-ui-border-interactive"
                  data-testid="tray-item"
                  data-number={item.number}
                >
                  <span className="txt-compact-small-plus block">{item.number}</span>
                  <span className="txt-compact-xsmall block text-ui-fg-subtle">
                    {[item.account?.name, item.site?.name, item.type?.name].filter(Boolean).join(" · ")}
                  </span>
                  <span className="txt-compact-xsmall line-clamp-2 block">{item.description}</span>
                </button>
              </li>
            ))}
            {!unscheduled.length && !inbox.isPending ? (
              <li>
                <Text size="small" className="text-ui-fg-muted">
                  {t("clientPortal.interventions.inboxEmpty")}
                </Text>
              </li>
            ) : null}
          </ul>
        </aside>
        <div className="cp-planning min-h-[600px]">
          {picked ? (
            <div className="mb-3 rounded-md border border-ui-border-base" data-testid="planning-picked">
              <div className="flex items-center justify-between px-6 pt-3">
                <Text size="small" weight="plus">
                  <Link to={`/client-portal/interventions/${picked.id}`} className="text-ui-fg-interactive hover:underline">
                    {picked.number}
                  </Link>{" "}
                  {t("clientPortal.interventions.planning.pickedHint")}
                </Text>
                <Button size="small" variant="transparent" onClick={() => setPicked(null)}>
                  {t("clientPortal.common.cancel")}
                </Button>
              </div>
              <ScheduleForm key={picked.id} intervention={picked} />
            </div>
          ) : null}
          {!resources.length && !technicians.isPending ? (
            <Alert variant="info">{t("clientPortal.interventions.planning.noTechnicians")}</Alert>
          ) : (
            <DnDCalendar
              localizer={localizer}
              culture={locale}
              events={appointments}
              backgroundEvents={travel}
              resources={resources}
              resourceIdAccessor="id"
              resourceTitleAccessor="title"
              view={view}
              views={["day", "week"]}
              onView={setView}
              date={date}
              onNavigate={setDate}
              step={30}
              timeslots={2}
              min={dayjs(date).hour(6).minute(0).toDate()}
              max={dayjs(date).hour(20).minute(0).toDate()}
              style={{ height: 640 }}
              selectable
              onSelectSlot={(slot) => {
                if (picked && slot.resourceId) move(picked, String(slot.resourceId), new Date(slot.start))
              }}
              onEventDrop={onEventDrop}
              draggableAccessor={(event) => Boolean(event.intervention && ["requested", "scheduled"].includes(event.intervention.status))}
              resizableAccessor={() => false}
              dragFromOutsideItem={() =>
                dragged
                  ? { id: dragged.id, title: dragged.number, start: new Date(), end: new Date(), resourceId: "", intervention: dragged }
                  : ({} as BoardEvent)
              }
              onDropFromOutside={({ start, resource }) => {
                if (dragged && resource) move(dragged, String(resource), new Date(start))
                setDragged(null)
              }}
              eventPropGetter={(event) => ({
                className: event.travel ? "cp-travel" : `cp-${(event.intervention?.status ?? "scheduled").replace("_", "-")}`,
              })}
              onDoubleClickEvent={(event) => event.intervention && navigate(`/client-portal/interventions/${event.intervention.id}`)}
              messages={{
                today: t("clientPortal.interventions.planning.today"),
                previous: t("clientPortal.common.prev"),
                next: t("clientPortal.common.next"),
                day: t("clientPortal.interventions.planning.day"),
                week: t("clientPortal.interventions.planning.week"),
                noEventsInRange: t("clientPortal.interventions.planning.empty"),
              }}
            />
          )}
          {board.isFetching ? (
            <Badge size="2xsmall" className="mt-2">
              {t("clientPortal.common.loading")}
            </Badge>
          ) : null}
        </div>
      </div>
    </div>
  )
}
