import { Button, IconButton, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Field, formatDate } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import {
  WEEKDAYS,
  useAddAbsence,
  useDeleteAbsence,
  type AdminTechnician,
  type TechnicianBody,
  type Weekday,
  type WorkingHours,
} from "../../hooks/api/interventions"

type DayHours = { worked: boolean; start: string; end: string }

const DEFAULT_DAY: DayHours = { worked: true, start: "08:00", end: "17:00" }

/** One range a day in the form; a day with several ranges keeps its first and last times. */
function toDays(hours: WorkingHours | undefined): Record<Weekday, DayHours> {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const ranges = hours?.[day] ?? []
      if (!hours) return [day, day === "sat" || day === "sun" ? { ...DEFAULT_DAY, worked: false } : DEFAULT_DAY]
      return [day, ranges.length ? { worked: true, start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end } : { ...DEFAULT_DAY, worked: false }]
    })
  ) as Record<Weekday, DayHours>
}

/**
 * Create or edit a technician: skills, home base (where the first trip of the day starts), time zone, working
 * hours per weekday, and, once saved, absences.
 */
export function TechnicianDrawer(props: {
  technician?: AdminTechnician
  onSubmit: (body: TechnicianBody) => Promise<{ technician: AdminTechnician }>
  isPending: boolean
  onClose: () => void
}) {
  const { technician, onSubmit, isPending, onClose } = props
  const { t, i18n } = useTranslation()
  const [values, setValues] = useState({
    name: technician?.name ?? "",
    email: technician?.email ?? "",
    phone: technician?.phone ?? "",
    skills: (technician?.skills ?? []).join(", "),
    home_latitude: technician ? String(technician.home_latitude) : "",
    home_longitude: technician ? String(technician.home_longitude) : "",
    time_zone: technician?.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  })
  const [active, setActive] = useState(technician?.active ?? true)
  const [days, setDays] = useState(() => toDays(technician?.working_hours))
  const [absence, setAbsence] = useState({ starts_at: "", ends_at: "", reason: "" })
  const addAbsence = useAddAbsence()
  const deleteAbsence = useDeleteAbsence()
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value })

  const submit = async () => {
    const body: TechnicianBody = {
      name: values.name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      skills: values.skills.split(",").map((skill) => skill.trim()).filter(Boolean),
      home_latitude: Number(values.home_latitude),
      home_longitude: Number(values.home_longitude),
      time_zone: values.time_zone.trim(),
      working_hours: Object.fromEntries(WEEKDAYS.map((day) => [day, days[day].worked ? [{ start: days[day].start, end: days[day].end }] : []])),
      user_id: technician?.user_id ?? null,
      active,
    }
    const { technician: saved } = await onSubmit(body)
    toast.success(t("clientPortal.interventions.technicians.saved", { name: saved.name }))
    onClose()
  }

  const saveAbsence = () => {
    if (!technician || !absence.starts_at || !absence.ends_at) return
    addAbsence.mutate(
      { _id: technician.id, starts_at: new Date(absence.starts_at).toISOString(), ends_at: new Date(absence.ends_at).toISOString(), reason: absence.reason.trim() || null },
      { onSuccess: () => setAbsence({ starts_at: "", ends_at: "", reason: "" }), onError: (error) => toast.error(error.message) }
    )
  }

  return (
    <FormDrawer
      title={technician ? t("clientPortal.interventions.technicians.edit") : t("clientPortal.interventions.technicians.create")}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      className="max-w-2xl"
      testId="technician-form"
      saveTestId="technician-save"
    >
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {(["name", "email", "phone"] as const).map((key) => (
          <Field key={key} id={`technician-${key}`} label={t(`clientPortal.interventions.technicians.fields.${key}`)}>
            <Input id={`technician-${key}`} type={key === "email" ? "email" : "text"} value={values[key]} onChange={set(key)} required={key === "name"} />
          </Field>
        ))}
      </div>
      <Field id="technician-skills" label={t("clientPortal.interventions.technicians.fields.skills")} hint={t("clientPortal.interventions.types.fields.skillsHint")}>
        <Input id="technician-skills" value={values.skills} onChange={set("skills")} />
      </Field>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field id="technician-lat" label={t("clientPortal.interventions.technicians.fields.latitude")}>
          <Input id="technician-lat" type="number" step="any" min={-90} max={90} value={values.home_latitude} onChange={set("home_latitude")} required />
        </Field>
        <Field id="technician-lon" label={t("clientPortal.interventions.technicians.fields.longitude")}>
          <Input id="technician-lon" type="number" step="any" min={-180} max={180} value={values.home_longitude} onChange={set("home_longitude")} required />
        </Field>
        <Field id="technician-tz" label={t("clientPortal.interventions.technicians.fields.timeZone")}>
          <Input id="technician-tz" value={values.time_zone} onChange={set("time_zone")} required />
        </Field>
      </div>
      <div className="flex items-center gap-2">
        <Switch id="technician-active" checked={active} onCheckedChange={setActive} />
        <Label htmlFor="technician-active">{t("clientPortal.interventions.technicians.fields.active")}</Label>
      </div>

      <fieldset className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3">
        <legend className="txt-compact-small-plus px-1">{t("clientPortal.interventions.technicians.hours")}</legend>
        {WEEKDAYS.map((day) => (
          <div key={day} className="grid grid-cols-[120px_1fr_1fr] items-center gap-2">
            <div className="flex items-center gap-2">
              <Switch id={`hours-${day}`} checked={days[day].worked} onCheckedChange={(worked) => setDays({ ...days, [day]: { ...days[day], worked } })} />
              <Label htmlFor={`hours-${day}`}>{t(`clientPortal.interventions.technicians.weekdays.${day}`)}</Label>
            </div>
            <Input
              type="time"
              aria-label={t("clientPortal.interventions.technicians.from", { day: t(`clientPortal.interventions.technicians.weekdays.${day}`) })}
              value={days[day].start}
              disabled={!days[day].worked}
              onChange={(event) => setDays({ ...days, [day]: { ...days[day], start: event.target.value } })}
            />
            <Input
              type="time"
              aria-label={t("clientPortal.interventions.technicians.to", { day: t(`clientPortal.interventions.technicians.weekdays.${day}`) })}
              value={days[day].end}
              disabled={!days[day].worked}
              onChange={(event) => setDays({ ...days, [day]: { ...days[day], end: event.target.value } })}
            />
          </div>
        ))}
      </fieldset>

      {technician ? (
        <fieldset className="flex flex-col gap-2 rounded-md border border-ui-border-base p-3" data-testid="technician-absences">
          <legend className="txt-compact-small-plus px-1">{t("clientPortal.interventions.technicians.absences")}</legend>
          {technician.absences.length ? (
            <ul className="flex flex-col gap-1">
              {technician.absences.map((item) => (
                <li key={item.id} className="flex items-center justify-between gap-2">
                  <Text size="small">
                    {formatDate(item.starts_at, i18n.language)} – {formatDate(item.ends_at, i18n.language)}
                    {item.reason ? <span className="text-ui-fg-subtle"> · {item.reason}</span> : null}
                  </Text>
                  <IconButton
                    type="button"
                    size="small"
                    variant="transparent"
                    aria-label={t("clientPortal.common.delete")}
                    onClick={() => deleteAbsence.mutate({ _id: technician.id, _absenceId: item.id }, { onError: (error) => toast.error(error.message) })}
                  >
                    <Trash />
                  </IconButton>
                </li>
              ))}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("clientPortal.interventions.technicians.noAbsence")}
            </Text>
          )}
          <div className="grid grid-cols-1 items-end gap-2 md:grid-cols-[1fr_1fr_1fr_auto]">
            <Field id="absence-start" label={t("clientPortal.interventions.technicians.absenceStart")}>
              <Input id="absence-start" type="datetime-local" value={absence.starts_at} onChange={(event) => setAbsence({ ...absence, starts_at: event.target.value })} />
            </Field>
            <Field id="absence-end" label={t("clientPortal.interventions.technicians.absenceEnd")}>
              <Input id="absence-end" type="datetime-local" value={absence.ends_at} onChange={(event) => setAbsence({ ...absence, ends_at: event.target.value })} />
            </Field>
            <Field id="absence-reason" label={t("clientPortal.interventions.technicians.absenceReason")}>
              <Input id="absence-reason" value={absence.reason} onChange={(event) => setAbsence({ ...absence, reason: event.target.value })} />
            </Field>
            <Button type="button" size="small" variant="secondary" onClick={saveAbsence} isLoading={addAbsence.isPending} disabled={!absence.starts_at || !absence.ends_at}>
              {t("clientPortal.interventions.technicians.addAbsence")}
            </Button>
          </div>
        </fieldset>
      ) : null}
    </FormDrawer>
  )
}
