import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { MarkOpened } from "@/components/support/mark-opened"
import { AttachmentList, MessageThread } from "@/components/support/message-thread"
import { ReplyForm } from "@/components/support/reply-form"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requirePortalSession } from "@/lib/data/portal"
import { retrieveThread } from "@/lib/data/support"

type ThreadPageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: ThreadPageProps): Promise<Metadata> {
  const thread = await retrieveThread((await params).id)
  return thread ? { title: thread.subject } : {}
}

/**
 * One conversation or announcement. Rendering it (a prefetch too) marks nothing: once shown, the browser
 * records the read receipt the sender sees ("read by … on …"); a read-only session records nothing.
 */
export default async function ThreadPage({ params }: ThreadPageProps) {
  await assertSectionOn("support")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [{ me }, thread, t] = await Promise.all([requirePortalSession(), retrieveThread(id), getTranslations("Support")])
  if (!thread) notFound()

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/messages" className="font-medium text-brand-700 underline underline-offset-2">
          {t("backToInbox")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="thread-subject">
          {thread.subject}
        </h1>
        <p className="mt-1 text-slate-600">{t(`kinds.${thread.kind}`)}</p>
      </header>
      <section aria-labelledby="thread-title" className="mt-6">
        <h2 id="thread-title" className="sr-only">
          {t("conversation")}
        </h2>
        <MessageThread messages={thread.messages} locale={locale} />
        {thread.attachments.length ? (
          <div className="mt-6">
            <h3 className="text-sm font-semibold text-slate-900">{t("allAttachments")}</h3>
            <AttachmentList attachments={thread.attachments} locale={locale} />
          </div>
        ) : null}
        {me.scope.read_only ? null : <ReplyForm target={{ threadId: thread.id }} />}
      </section>
      {thread.unread_count > 0 && !me.scope.read_only ? <MarkOpened target={{ threadId: thread.id }} /> : null}
    </>
  )
}
