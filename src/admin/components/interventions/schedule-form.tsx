import { Alert, Button, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Field } from "../common/query-state"
import { useScheduleIntervention, useTechnicians, type AdminIntervention } from "../../hooks/api/interventions"

/** "YYYY-MM-DDTHH:MM" in the browser's time zone, as a datetime-local input holds it. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return ""
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * Assign or move an intervention by hand: a technician and a start. The backend runs the board's checks
 * (working hours, absences, overlap with travel); a refusal is shown as the backend words it.
 */
export function ScheduleForm({ intervention }: { intervention: AdminIntervention }) {
  const { t } = useTranslation()
  const technicians = useTechnicians()
  const schedule = useScheduleIntervention()
  const [technicianId, setTechnicianId] = useState(intervention.technician?.id ?? "")
  const [start, setStart] = useState(toLocalInput(intervention.scheduled_start))
  const submit = () => {
    if (!technicianId || !start) return
    schedule.mutate({ id: intervention.id, technician_id: technicianId, starts_at: new Date(start).toISOString() })
  }
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="schedule-form">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field id="schedule-technician" label={t("clientPortal.interventions.fields.technician")}>
          <Select value={technicianId} onValueChange={setTechnicianId}>
            <Select.Trigger id="schedule-technician" data-testid="schedule-technician">
              <Select.Value placeholder={t("clientPortal.interventions.schedule.pickTechnician")} />
            </Select.Trigger>
            <Select.Content>
              {(technicians.data ?? [])
                .filter((technician) => technician.active)
                .map((technician) => (
                  <Select.Item key={technician.id} value={technician.id}>
                    {technician.name}
                  </Select.Item>
                ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="schedule-start" label={t("clientPortal.interventions.schedule.start")}>
          <Input id="schedule-start" type="datetime-local" value={start} onChange={(event) => setStart(event.target.value)} data-testid="schedule-start" />
        </Field>
        <div className="flex items-end">
          <Button onClick={submit} isLoading={schedule.isPending} disabled={!technicianId || !start} data-testid="schedule-submit">
            {intervention.scheduled_start ? t("clientPortal.interventions.schedule.move") : t("clientPortal.interventions.schedule.assign")}
          </Button>
        </div>
      </div>
      {schedule.error ? (
        <Alert variant="error" data-testid="schedule-error">
          {t("clientPortal.interventions.schedule.refused", { message: schedule.error.message })}
        </Alert>
      ) : null}
      {schedule.isSuccess ? <Alert variant="success">{t("clientPortal.interventions.schedule.saved")}</Alert> : null}
    </div>
  )
}
