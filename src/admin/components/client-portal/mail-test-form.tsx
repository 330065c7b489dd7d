import { Button, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useSendTestEmail } from "../../hooks/api/portal-status"

const LOCALES = ["en", "fr", "it", "sk"] as const

export const MailTestForm = () => {
  const { t } = useTranslation()
  const [to, setTo] = useState("")
  const [locale, setLocale] = useState<string>("en")
  const sendTestEmail = useSendTestEmail()

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    sendTestEmail.mutate(
      { to: to.trim() || undefined, locale },
      {
        onSuccess: ({ notification }) => toast.success(t("clientPortal.mail.sent", { to: notification.to })),
        onError: (error) => toast.error(t("clientPortal.mail.failed"), { description: error.message }),
      }
    )
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-4 px-6 py-4" data-testid="mail-test-form">
      <div>
        <Text weight="plus">{t("clientPortal.mail.testHeading")}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("clientPortal.mail.testHint")}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="mail-test-to">{t("clientPortal.mail.to")}</Label>
          <Input id="mail-test-to" type="email" value={to} onChange={(e) => setTo(e.target.value)} placeholder="name@example.com" />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="mail-test-locale">{t("clientPortal.mail.language")}</Label>
          <Select value={locale} onValueChange={setLocale}>
            <Select.Trigger id="mail-test-locale">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {LOCALES.map((code) => (
                <Select.Item key={code} value={code}>
                  {t(`clientPortal.languages.${code}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={sendTestEmail.isPending}>
          {t("clientPortal.mail.send")}
        </Button>
      </div>
    </form>
  )
}
