import { Button, Container, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { Field, QueryState, formatDate } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { ATTACHMENT_MAX_BYTES } from "../../../../components/support/attachment-picker"
import { openPrivateFile, toUpload, useAddDocumentVersion, useDocument, useWithdrawDocument, type AdminDocument } from "../../../../hooks/api/support"

/** A new version replaces the current one for clients, and shows "new" to every member again. */
function NewVersionForm({ document }: { document: AdminDocument }) {
  const { t } = useTranslation()
  const add = useAddDocumentVersion(document.id)
  const [file, setFile] = useState<File | null>(null)
  const [note, setNote] = useState("")
  const [formKey, setFormKey] = useState(0)
  const tooLarge = !!file && file.size > ATTACHMENT_MAX_BYTES
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file || tooLarge) return
    add.mutate(
      { file: await toUpload(file), note: note.trim() || null },
      {
        onSuccess: () => {
          setFile(null)
          setNote("")
          setFormKey((k) => k + 1)
          toast.success(t("clientPortal.support.documents.versionAdded"))
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }
  return (
    <form key={formKey} onSubmit={submit} className="grid grid-cols-1 items-end gap-3 px-6 py-4 md:grid-cols-3">
      <Field id="version-file" label={t("clientPortal.support.documents.file")} hint={tooLarge ? `${t("clientPortal.support.errors.fileTooLarge")} ${file?.name}` : undefined}>
        <input id="version-file" type="file" className="txt-compact-small" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} data-testid="version-file" />
      </Field>
      <Field id="version-note" label={t("clientPortal.support.documents.versionNote")}>
        <Input id="version-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div>
        <Button size="small" type="submit" disabled={!file || tooLarge} isLoading={add.isPending} data-testid="add-version">
          {t("clientPortal.support.documents.addVersion")}
        </Button>
      </div>
    </form>
  )
}

/** Withdrawing takes the document out of the library at once; who read it stays on record. */
function WithdrawButton({ document }: { document: AdminDocument }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const withdraw = useWithdrawDocument(document.id)
  const confirmAndWithdraw = async () => {
    const confirmed = await prompt({
      title: t("clientPortal.support.documents.withdraw"),
      description: t("clientPortal.support.documents.withdrawConfirm", { title: document.title }),
      confirmText: t("clientPortal.support.documents.withdraw"),
      cancelText: t("clientPortal.support.documents.keep"),
    })
    if (!confirmed) return
    withdraw.mutate(undefined, {
      onSuccess: () => {
        toast.success(t("clientPortal.support.documents.withdrawn"))
        navigate("..", { relative: "path" })
      },
      onError: (e) => toast.error(e.message),
    })
  }
  return (
    <Button size="small" variant="danger" onClick={confirmAndWithdraw} isLoading={withdraw.isPending} data-testid="withdraw-document">
      {t("clientPortal.support.documents.withdraw")}
    </Button>
  )
}

const DocumentPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: document, isPending, error } = useDocument(id)
  const download = (url: string, name: string) => openPrivateFile(url, name).catch((e: Error) => toast.error(e.message))
  return (
    <div className="flex flex-col gap-y-3" data-testid="document-page">
      <QueryState isPending={isPending} error={error}>
        {document ? (
          <>
            <Container className="divide-y p-0">
              <PageHeader title={document.title} subtitle={t(`clientPortal.support.documents.categories.${document.category}`)}>
                <WithdrawButton document={document} />
              </PageHeader>
              <DetailRow label={t("clientPortal.support.documents.audience")}>{t(`clientPortal.support.documents.audiences.${document.audience}`)}</DetailRow>
              <DetailRow label={t("clientPortal.support.documents.version")} testId="document-version">{`v${document.version}`}</DetailRow>
              <DetailRow label={t("clientPortal.support.documents.validity")}>
                {`${formatDate(document.valid_from, i18n.language)} → ${formatDate(document.valid_until, i18n.language)}`}
              </DetailRow>
              {document.description ? (
                <Text size="small" className="whitespace-pre-line px-6 py-4">
                  {document.description}
                </Text>
              ) : null}
            </Container>
            <Container className="divide-y p-0">
              <SectionHeader title={t("clientPortal.support.documents.versions")} />
              <Table>
                <Table.Body>
                  {document.versions.map((version) => (
                    <Table.Row key={version.id}>
                      <Table.Cell>v{version.version}</Table.Cell>
                      <Table.Cell>
                        <button type="button" className="text-ui-fg-interactive hover:underline" onClick={() => download(version.url, version.name)}>
                          {version.name}
                        </button>
                      </Table.Cell>
                      <Table.Cell>{version.note ?? ""}</Table.Cell>
                      <Table.Cell>{formatDate(version.created_at, i18n.language)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              <NewVersionForm document={document} />
            </Container>
            <Container className="divide-y p-0" data-testid="document-reads">
              <SectionHeader title={t("clientPortal.support.documents.whoRead")} />
              {document.reads.length ? (
                <ul className="flex flex-col gap-1 px-6 py-4 txt-compact-small">
                  {document.reads.map((read) => (
                    <li key={`${read.member_id}-${read.version}`}>
                      {t("clientPortal.support.documents.readLine", {
                        name: read.member_name ?? t("clientPortal.support.aMember"),
                        version: read.version,
                        date: formatDate(read.read_at, i18n.language),
                      })}
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="small" className="px-6 py-4 text-ui-fg-muted">
                  {t("clientPortal.support.documents.noReads")}
                </Text>
              )}
            </Container>
          </>
        ) : null}
      </QueryState>
    </div>
  )
}

export default DocumentPage
