import { Input, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormDrawer } from "../common/form-drawer"
import { Field } from "../common/query-state"
import { PartLines, partProblem, type PartLine } from "../fleet/entry-drawers"
import { useEquipment } from "../../hooks/api/fleet"
import { useAddInterventionPhoto, useCompleteIntervention, type AdminIntervention } from "../../hooks/api/interventions"
import { toUpload } from "../../hooks/api/support"

/** The image types the photo route takes (the backend checks the bytes too). */
export const PHOTO_ACCEPT = "image/png,image/jpeg,image/gif,image/webp,image/heic,image/heif"

/**
 * Staff enter a visit's report: work done, parts, time, meter values (through the fleet's reading checks),
 * the client's signature name, and photos. The photos are sent first, each once (a photo sent is taken off
 * the form, so saving again after a refusal does not send it twice); the report then completes the visit.
 */
export function ReportDrawer({ intervention, onClose }: { intervention: AdminIntervention; onClose: () => void }) {
  const { t } = useTranslation()
  const complete = useCompleteIntervention(intervention.id)
  const addPhoto = useAddInterventionPhoto(intervention.id)
  const { data: equipment } = useEquipment(intervention.equipment_id ?? "")
  const [values, setValues] = useState({ work_done: "", duration_minutes: "", signature_name: intervention.contact_name ?? "" })
  const [meterValues, setMeterValues] = useState<Record<string, string>>({})
  const [parts, setParts] = useState<PartLine[]>([])
  const [photos, setPhotos] = useState<File[]>([])
  const [showProblems, setShowProblems] = useState(false)
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value })

  const submit = async () => {
    const problem = parts.map((part, i) => partProblem(part, i + 1, t)).find((p) => p !== null)
    if (problem) {
      setShowProblems(true)
      throw new Error(problem.message)
    }
    for (const file of photos) {
      await addPhoto.mutateAsync({ ...(await toUpload(file)), caption: null })
      setPhotos((left) => left.filter((f) => f !== file))
    }
    await complete.mutateAsync({
      work_done: values.work_done.trim(),
      duration_minutes: values.duration_minutes.trim() === "" ? null : Number(values.duration_minutes),
      signature_name: values.signature_name.trim() || null,
      parts: parts.flatMap((part) => (part.variant ? [{ variant_id: part.variant.id, quantity: Number(part.quantity) }] : [])),
      meter_values: Object.entries(meterValues)
        .filter(([, v]) => v.trim() !== "")
        .map(([meter_id, v]) => ({ meter_id, value: Number(v) })),
    })
    toast.success(t("clientPortal.interventions.report.saved", { number: intervention.number }))
    onClose()
  }

  return (
    <FormDrawer
      title={t("clientPortal.interventions.report.enter")}
      testId="intervention-report-drawer"
      saveTestId="intervention-report-save"
      onClose={onClose}
      isPending={complete.isPending || addPhoto.isPending}
      onSubmit={submit}
    >
      <Field id="report-work-done" label={t("clientPortal.interventions.report.workDone")}>
        <Textarea id="report-work-done" required value={values.work_done} onChange={set("work_done")} />
      </Field>
      <Field id="report-duration" label={t("clientPortal.interventions.report.durationLabel")}>
        <Input id="report-duration" type="number" min={0} value={values.duration_minutes} onChange={set("duration_minutes")} />
      </Field>
      <PartLines parts={parts} onChange={setParts} showProblems={showProblems} />
      {(equipment?.meters ?? []).map((meter) => (
        <Field key={meter.id} id={`report-meter-${meter.id}`} label={t("clientPortal.interventions.report.meterValue", { name: meter.name, unit: meter.unit })}>
          <Input
            id={`report-meter-${meter.id}`}
            type="number"
            step="any"
            min={0}
            value={meterValues[meter.id] ?? ""}
            onChange={(e) => setMeterValues({ ...meterValues, [meter.id]: e.target.value })}
          />
        </Field>
      ))}
      <Field id="report-signature" label={t("clientPortal.interventions.report.signatureLabel")}>
        <Input id="report-signature" value={values.signature_name} onChange={set("signature_name")} />
      </Field>
      <Field id="report-photos" label={t("clientPortal.interventions.photos.title")} hint={t("clientPortal.interventions.photos.hint")}>
        <input
          id="report-photos"
          type="file"
          multiple
          accept={PHOTO_ACCEPT}
          className="txt-compact-small"
          data-testid="intervention-report-photos"
          onChange={(e) => setPhotos([...photos, ...Array.from(e.target.files ?? [])])}
        />
      </Field>
      {photos.length ? (
        <ul className="flex flex-col gap-y-1" aria-label={t("clientPortal.interventions.photos.selected")}>
          {photos.map((file, n) => (
            <li key={`${file.name}-${n}`}>
              <Text size="small">{file.name}</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </FormDrawer>
  )
}
