import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AttachmentDto } from "../../hooks/api/support"
import { ATTACHMENTS_PER_MESSAGE_MAX, openPrivateFile } from "../../hooks/api/support"

/** The per-file limit of the default support settings; the API checks the business's own and says so. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

/** The first problem with picked files, as a translation key and the file's name, or null. */
export function attachmentProblem(files: File[]): { key: string; name?: string } | null {
  if (files.length > ATTACHMENTS_PER_MESSAGE_MAX) return { key: "clientPortal.support.errors.tooManyFiles" }
  const large = files.find((file) => file.size > ATTACHMENT_MAX_BYTES)
  return large ? { key: "clientPortal.support.errors.fileTooLarge", name: large.name } : null
}

/** A file input whose problems show under it at once. */
export function AttachmentPicker({ id, files, onChange }: { id: string; files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTranslation()
  const problem = attachmentProblem(files)
  return (
    <div className="flex flex-col gap-y-1">
      <label htmlFor={id} className="txt-compact-small-plus">
        {t("clientPortal.support.attachments")}
      </label>
      <input
        id={id}
        type="file"
        multiple
        className="txt-compact-small"
        onChange={(event) => onChange(Array.from(event.currentTarget.files ?? []))}
        aria-describedby={`${id}-hint`}
        data-testid="admin-attachment-input"
      />
      <Text id={`${id}-hint`} size="xsmall" className={problem ? "text-ui-fg-error" : "text-ui-fg-subtle"} role={problem ? "alert" : undefined}>
        {problem ? `${t(problem.key)} ${problem.name ?? ""}` : t("clientPortal.support.attachmentsHint", { count: ATTACHMENTS_PER_MESSAGE_MAX })}
      </Text>
    </div>
  )
}

/** Attached files; each downloads with the staff session. */
export function AttachmentLinks({ attachments }: { attachments: AttachmentDto[] }) {
  if (!attachments.length) return null
  return (
    <ul className="mt-1 flex flex-wrap gap-2">
      {attachments.map((file) => (
        <li key={file.id}>
          <button
            type="button"
            className="txt-compact-small text-ui-fg-interactive hover:underline"
            onClick={() => void openPrivateFile(file.url, file.name)}
            data-testid="admin-attachment"
          >
            {file.name} ({Math.max(1, Math.round(file.size / 1024))} kB)
          </button>
        </li>
      ))}
    </ul>
  )
}
