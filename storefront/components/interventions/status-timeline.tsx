import { getFormatter, getTranslations } from "next-intl/server"
import type { InterventionStatus, StoreIntervention } from "@/lib/data/interventions"

/** The path every intervention walks; a cancelled one stops where it was. */
const STEPS: InterventionStatus[] = ["requested", "scheduled", "en_route", "in_progress", "done"]

/**
 * The status timeline as an ordered list: each step with the time it was reached, the current one marked
 * for screen readers (aria-current) and by its colour, and the cancellation when there is one.
 */
export async function StatusTimeline({ intervention }: { intervention: StoreIntervention }) {
  const [t, format] = await Promise.all([getTranslations("Interventions"), getFormatter()])
  const reached = new Map<InterventionStatus, string>()
  for (const entry of intervention.history) reached.set(entry.to_status, entry.created_at)
  if (!reached.has("requested")) reached.set("requested", intervention.created_at)
  const cancelled = intervention.status === "cancelled"
  const currentIndex = cancelled ? -1 : STEPS.indexOf(intervention.status)
  const steps: InterventionStatus[] = cancelled ? [...STEPS.filter((step) => reached.has(step)), "cancelled"] : STEPS

  return (
    <ol className="space-y-0" data-testid="status-timeline">
      {steps.map((step, index) => {
        const at = step === "cancelled" ? (intervention.cancelled_at ?? reached.get("cancelled")) : reached.get(step)
        const current = step === intervention.status
        const done = cancelled ? true : index <= currentIndex
        const dot = step === "cancelled" ? "bg-red-600" : current ? "bg-brand-600 ring-4 ring-brand-100" : done ? "bg-brand-600" : "bg-slate-300"
        return (
          <li key={step} className="relative flex gap-3 pb-5 last:pb-0" aria-current={current ? "step" : undefined} data-step={step} data-reached={done ? "true" : "false"}>
            {index < steps.length - 1 ? <span aria-hidden="true" className={`absolute top-4 left-[7px] h-full w-0.5 ${done && !current ? "bg-brand-600" : "bg-slate-200"}`} /> : null}
            <span aria-hidden="true" className={`relative mt-1 size-4 shrink-0 rounded-full ${dot}`} />
            <span>
              <span className={`block font-medium ${done ? "text-slate-900" : "text-slate-600"}`}>{t(`status.${step}`)}</span>
              {at && done ? <span className="block text-sm text-slate-600">{format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short" })}</span> : null}
              {step === "cancelled" && intervention.cancellation_reason ? <span className="block text-sm text-slate-700">{intervention.cancellation_reason}</span> : null}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
