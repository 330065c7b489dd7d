import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { SectionHeader } from "../common/section-header"
import { Field } from "../common/query-state"
import { fileUrl } from "../../hooks/api/fleet"
import { useAddInterventionPhoto, type AdminIntervention } from "../../hooks/api/interventions"
import { toUpload } from "../../hooks/api/support"
import { PHOTO_ACCEPT } from "./report-drawer"

/** The visit's photos as the client sees them, and a form to add one with its caption (the portal's alt text). */
export function PhotosSection({ intervention }: { intervention: AdminIntervention }) {
  const { t } = useTranslation()
  const add = useAddInterventionPhoto(intervention.id)
  const [file, setFile] = useState<File | null>(null)
  const [caption, setCaption] = useState("")
  const [inputKey, setInputKey] = useState(0)
  const upload = async () => {
    if (!file) return
    try {
      await add.mutateAsync({ ...(await toUpload(file)), caption: caption.trim() || null })
      toast.success(t("clientPortal.interventions.photos.added"))
      setFile(null)
      setCaption("")
      setInputKey((k) => k + 1)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <>
      <SectionHeader title={t("clientPortal.interventions.photos.title")} />
      <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="intervention-photos">
        {intervention.photos.length ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {intervention.photos.map((photo, n) => (
              <li key={photo.id} className="flex flex-col gap-y-1">
                <a href={fileUrl(photo.url)} target="_blank" rel="noreferrer" className="overflow-hidden rounded-md border">
                  <img src={fileUrl(photo.url)} alt={photo.caption || t("clientPortal.interventions.photos.alt", { n: n + 1, number: intervention.number })} className="aspect-[4/3] w-full object-cover" />
                </a>
                {photo.caption ? <Text size="xsmall" className="text-ui-fg-subtle">{photo.caption}</Text> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("clientPortal.interventions.photos.empty")}
          </Text>
        )}
        {intervention.status !== "cancelled" ? (
          <div className="flex flex-col gap-y-3 sm:flex-row sm:items-end sm:gap-x-3">
            <Field id="photo-file" label={t("clientPortal.interventions.photos.file")} hint={t("clientPortal.interventions.photos.hint")}>
              <input key={inputKey} id="photo-file" type="file" accept={PHOTO_ACCEPT} className="txt-compact-small" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            </Field>
            <Field id="photo-caption" label={t("clientPortal.interventions.photos.caption")}>
              <Input id="photo-caption" value={caption} maxLength={300} onChange={(e) => setCaption(e.target.value)} />
            </Field>
            <Button size="small" variant="secondary" disabled={!file} isLoading={add.isPending} onClick={upload} data-testid="intervention-photo-add">
              {t("clientPortal.interventions.photos.add")}
            </Button>
          </div>
        ) : null}
      </div>
    </>
  )
}
