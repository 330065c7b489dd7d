import { Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { AccountSelect } from "../client-accounts/account-select"
import { SiteSelect } from "../client-accounts/site-select"
import { FormDrawer } from "../common/form-drawer"
import { Field } from "../common/query-state"
import { useEquipmentList } from "../../hooks/api/fleet"
import { DOCUMENT_AUDIENCES, DOCUMENT_CATEGORIES, toUpload, usePublishDocument, type DocumentAudience, type DocumentCategory } from "../../hooks/api/support"
import { ATTACHMENT_MAX_BYTES } from "./attachment-picker"

/** A document for all clients, one account, one site or one machine, with its category and validity. */
export function PublishDocumentDrawer({ onClose, onPublished }: { onClose: () => void; onPublished: (id: string) => void }) {
  const { t } = useTranslation()
  const publish = usePublishDocument()
  const [title, setTitle] = useState("")
  const [description, setDescription] = useState("")
  const [category, setCategory] = useState<DocumentCategory>("technical")
  const [audience, setAudience] = useState<DocumentAudience>("all")
  const [accountId, setAccountId] = useState("")
  const [siteId, setSiteId] = useState("")
  const [equipmentId, setEquipmentId] = useState("")
  const [validFrom, setValidFrom] = useState("")
  const [validUntil, setValidUntil] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const machines = useEquipmentList({ account_id: accountId, limit: 100, offset: 0 }, audience === "equipment" && !!accountId)
  const tooLarge = !!file && file.size > ATTACHMENT_MAX_BYTES
  const save = async () => {
    if (!file || tooLarge) {
      toast.error(t(tooLarge ? "clientPortal.support.errors.fileTooLarge" : "clientPortal.support.documents.fileRequired"))
      return
    }
    return publish.mutateAsync(
      {
        title: title.trim(),
        description: description.trim() || null,
        category,
        audience,
        account_id: audience === "all" ? null : accountId || null,
        site_id: audience === "site" ? siteId || null : null,
        equipment_id: audience === "equipment" ? equipmentId || null : null,
        valid_from: validFrom ? new Date(`${validFrom}T00:00:00Z`).toISOString() : null,
        valid_until: validUntil ? new Date(`${validUntil}T23:59:59Z`).toISOString() : null,
        file: await toUpload(file),
      },
      {
        onSuccess: ({ document }) => {
          toast.success(t("clientPortal.support.documents.published"))
          onPublished(document.id)
        },
      }
    )
  }
  return (
    <FormDrawer title={t("clientPortal.support.documents.publish")} onClose={onClose} onSubmit={save} isPending={publish.isPending} testId="publish-document-form" saveTestId="publish-document-save">
      <Field id="document-title" label={t("clientPortal.support.documents.title")}>
        <Input id="document-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </Field>
      <Field id="document-description" label={t("clientPortal.support.fields.description")}>
        <Textarea id="document-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <Field id="document-category" label={t("clientPortal.support.fields.category")}>
        <Select value={category} onValueChange={(value) => setCategory(value as DocumentCategory)}>
          <Select.Trigger id="document-category">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {DOCUMENT_CATEGORIES.map((c) => (
              <Select.Item key={c} value={c}>
                {t(`clientPortal.support.documents.categories.${c}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="document-audience" label={t("clientPortal.support.documents.audience")}>
        <Select value={audience} onValueChange={(value) => setAudience(value as DocumentAudience)}>
          <Select.Trigger id="document-audience">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {DOCUMENT_AUDIENCES.map((a) => (
              <Select.Item key={a} value={a}>
                {t(`clientPortal.support.documents.audiences.${a}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {audience !== "all" ? (
        <Field id="document-account" label={t("clientPortal.support.fields.account")}>
          <AccountSelect
            value={accountId}
            onValueChange={(value) => {
              setAccountId(value)
              setSiteId("")
              setEquipmentId("")
            }}
            label={t("clientPortal.support.fields.account")}
          />
        </Field>
      ) : null}
      {audience === "site" ? (
        <Field id="document-site" label={t("clientPortal.support.fields.site")}>
          <SiteSelect id="document-site" accountId={accountId} value={siteId} onValueChange={setSiteId} label={t("clientPortal.support.fields.site")} />
        </Field>
      ) : null}
      {audience === "equipment" ? (
        <Field id="document-equipment" label={t("clientPortal.support.documents.machine")}>
          <Select value={equipmentId} onValueChange={setEquipmentId}>
            <Select.Trigger id="document-equipment">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {machines.data?.equipment.map((m) => (
                <Select.Item key={m.id} value={m.id}>
                  {m.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <Field id="document-valid-from" label={t("clientPortal.support.documents.validFrom")}>
          <Input id="document-valid-from" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field id="document-valid-until" label={t("clientPortal.support.documents.validUntil")}>
          <Input id="document-valid-until" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </Field>
      </div>
      <Field id="document-file" label={t("clientPortal.support.documents.file")} hint={tooLarge ? `${t("clientPortal.support.errors.fileTooLarge")} ${file?.name}` : undefined}>
        <input id="document-file" type="file" className="txt-compact-small" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} data-testid="document-file" />
      </Field>
    </FormDrawer>
  )
}
