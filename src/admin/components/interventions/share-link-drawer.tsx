import { Input, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Field } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import { useSendInterventionLink, type AdminIntervention, type AdminInterventionLinkResponse } from "../../hooks/api/interventions"

/**
 * Shares one intervention with the client (the Synchroteam model): a secure link that opens it alone, with the
 * type's portal actions when allowed, mailed to the address given (the intervention's contact by default).
 * The link's address is shown once, to copy when the mail cannot be sent.
 */
export function ShareLinkDrawer({ intervention, onClose }: { intervention: AdminIntervention; onClose: () => void }) {
  const { t } = useTranslation()
  const send = useSendInterventionLink(intervention.id)
  const [email, setEmail] = useState(intervention.contact_email ?? "")
  const [allowActions, setAllowActions] = useState(false)
  const [sent, setSent] = useState<AdminInterventionLinkResponse | null>(null)

  const submit = async () => {
    const answer = await send.mutateAsync({ email: email.trim() || null, allow_actions: allowActions })
    setSent(answer)
    toast.success(answer.mailed_to ? t("clientPortal.interventions.share.mailed", { email: answer.mailed_to }) : t("clientPortal.interventions.share.created"))
  }

  return (
    <FormDrawer title={t("clientPortal.interventions.share.title", { number: intervention.number })} onClose={onClose} onSubmit={submit} isPending={send.isPending} testId="share-link-form" saveTestId="share-link-send">
      <Text size="small" className="text-ui-fg-subtle">
        {t("clientPortal.interventions.share.intro")}
      </Text>
      <Field id="share-email" label={t("clientPortal.interventions.share.email")} hint={t("clientPortal.interventions.share.emailHint")}>
        <Input id="share-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="share-actions" checked={allowActions} onCheckedChange={setAllowActions} />
        <label htmlFor="share-actions" className="txt-compact-small text-ui-fg-base">
          {t("clientPortal.interventions.share.allowActions")}
        </label>
      </div>
      {sent ? (
        <Field id="share-url" label={t("clientPortal.interventions.share.url")} hint={t("clientPortal.interventions.share.urlHint")}>
          <Input id="share-url" readOnly value={sent.secure_link.url} onFocus={(event) => event.target.select()} data-testid="share-link-url" />
        </Field>
      ) : null}
    </FormDrawer>
  )
}
