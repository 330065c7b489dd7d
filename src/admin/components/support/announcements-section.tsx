import { Button, Checkbox, Container, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useMembers } from "../../hooks/api/client-accounts"
import { toUpload, useAccountThreads, useAnnounce, useReplyToThread, useThread, type AdminThreadDetail } from "../../hooks/api/support"
import { Field, QueryState, formatDate } from "../common/query-state"
import { SectionHeader } from "../common/section-header"
import { AttachmentPicker, attachmentProblem } from "./attachment-picker"
import { MessageList } from "./message-list"

/** A short text, with an optional document, to all the account's members or to some of them. */
function AnnouncementForm({ accountId, onSent }: { accountId: string; onSent: (threadId: string) => void }) {
  const { t } = useTranslation()
  const announce = useAnnounce(accountId)
  const { data: members } = useMembers(accountId)
  const [subject, setSubject] = useState("")
  const [body, setBody] = useState("")
  const [files, setFiles] = useState<File[]>([])
  const [everyone, setEveryone] = useState(true)
  const [chosen, setChosen] = useState<string[]>([])
  const [formKey, setFormKey] = useState(0)
  const ready = subject.trim() && body.trim() && !attachmentProblem(files) && (everyone || chosen.length > 0)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    const attachments = await Promise.all(files.map(toUpload))
    announce.mutate(
      { subject: subject.trim(), body: body.trim(), member_ids: everyone ? undefined : chosen, attachments: attachments.length ? attachments : undefined },
      {
        onSuccess: ({ thread }) => {
          setSubject("")
          setBody("")
          setFiles([])
          setChosen([])
          setEveryone(true)
          setFormKey((k) => k + 1)
          toast.success(t("clientPortal.support.announcementSent"))
          onSent(thread.id)
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }
  const memberName = (m: NonNullable<typeof members>["members"][number]) =>
    [m.customer?.first_name, m.customer?.last_name].filter(Boolean).join(" ") || m.customer?.email || m.id
  return (
    <form key={formKey} onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" data-testid="announcement-form">
      <Field id="announcement-subject" label={t("clientPortal.support.fields.subject")}>
        <Input id="announcement-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
      </Field>
      <Field id="announcement-body" label={t("clientPortal.support.fields.message")}>
        <Textarea id="announcement-body" value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
      </Field>
      <AttachmentPicker id="announcement-files" files={files} onChange={setFiles} />
      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus">{t("clientPortal.support.recipients")}</legend>
        <label className="txt-compact-small flex items-center gap-2">
          <Checkbox checked={everyone} onCheckedChange={(checked) => setEveryone(checked === true)} />
          {t("clientPortal.support.allMembers")}
        </label>
        {everyone
          ? null
          : members?.members.map((member) => (
              <label key={member.id} className="txt-compact-small flex items-center gap-2 pl-6">
                <Checkbox
                  checked={chosen.includes(member.id)}
                  onCheckedChange={(checked) => setChosen((all) => (checked === true ? [...all, member.id] : all.filter((id) => id !== member.id)))}
                />
                {memberName(member)}
              </label>
            ))}
      </fieldset>
      <div className="flex justify-end">
        <Button size="small" type="submit" isLoading={announce.isPending} disabled={!ready}>
          {t("clientPortal.support.sendAnnouncement")}
        </Button>
      </div>
    </form>
  )
}

/** Staff's answer in an open conversation, with files. */
function ThreadReplyForm({ thread }: { thread: AdminThreadDetail }) {
  const { t } = useTranslation()
  const reply = useReplyToThread(thread.id)
  const [body, setBody] = useState("")
  const [files, setFiles] = useState<File[]>([])
  const [formKey, setFormKey] = useState(0)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim() || attachmentProblem(files)) return
    const attachments = await Promise.all(files.map(toUpload))
    reply.mutate(
      { body: body.trim(), attachments: attachments.length ? attachments : undefined },
      {
        onSuccess: () => {
          setBody("")
          setFiles([])
          setFormKey((k) => k + 1)
          toast.success(t("clientPortal.support.replySent"))
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }
  const id = `thread-reply-${thread.id}`
  return (
    <form key={formKey} onSubmit={submit} className="flex flex-col gap-y-2 pb-2" data-testid="thread-reply-form">
      <Field id={id} label={t("clientPortal.support.reply")}>
        <Textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
      </Field>
      <AttachmentPicker id={`${id}-files`} files={files} onChange={setFiles} />
      <div className="flex justify-end">
        <Button size="small" type="submit" isLoading={reply.isPending} disabled={!body.trim() || !!attachmentProblem(files)}>
          {t("clientPortal.support.sendReply")}
        </Button>
      </div>
    </form>
  )
}

/**
 * The account's conversations ("contact us") and announcements, each with every member's receipt ("read by
 * Claire on 3 Dec at 14:02") and staff's answer; tickets have their own inbox.
 */
export function AnnouncementsSection({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation()
  const { data: all, isPending, error } = useAccountThreads(accountId)
  const threads = all?.filter((thread) => thread.kind !== "ticket")
  const [openId, setOpenId] = useState<string | null>(null)
  const { data: open } = useThread(openId)
  return (
    <Container className="divide-y p-0" data-testid="announcements-section">
      <SectionHeader title={t("clientPortal.support.accountMessages")} />
      <AnnouncementForm accountId={accountId} onSent={setOpenId} />
      <QueryState isPending={isPending} error={error} isEmpty={!threads?.length} empty={t("clientPortal.support.noAnnouncements")}>
        <ul className="divide-y">
          {threads?.map((thread) => (
            <li key={thread.id} className="px-6 py-3">
              <button
                type="button"
                className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
                aria-expanded={openId === thread.id}
                onClick={() => setOpenId(openId === thread.id ? null : thread.id)}
              >
                {thread.subject}
              </button>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`clientPortal.support.threadKinds.${thread.kind}`)} · {formatDate(thread.last_message_at, i18n.language)}
              </Text>
              {openId === thread.id && open ? (
                <>
                  <MessageList messages={open.messages} />
                  <ThreadReplyForm thread={open} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </QueryState>
    </Container>
  )
}
