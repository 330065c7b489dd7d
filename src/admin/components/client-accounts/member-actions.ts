import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { downloadLetter, useImpersonate, useInviteMember, useIssueActivation } from "../../hooks/api/client-accounts"

/** Invite, activation letter and "view as client" for one member: shared by the account page and the widget. */
export function useMemberActions(accountId: string) {
  const { t } = useTranslation()
  const invite = useInviteMember(accountId)
  const activation = useIssueActivation(accountId)
  const impersonate = useImpersonate(accountId)
  return {
    isPending: invite.isPending || activation.isPending || impersonate.isPending,
    invite: (memberId: string, email: string) =>
      invite.mutate(
        { _id: memberId },
        {
          onSuccess: (data) =>
            data.email.status === "sent"
              ? toast.success(t("clientPortal.members.invited", { email }))
              : toast.warning(t("clientPortal.members.inviteNotSent")),
          onError: (e) => toast.error(e.message),
        }
      ),
    letter: (memberId: string) =>
      activation.mutate(
        { _id: memberId },
        {
          onSuccess: async ({ activation: issued }) => {
            try {
              await downloadLetter(issued.letter_url, `activation-${issued.id}.pdf`)
              toast.success(t("clientPortal.members.letterIssued"))
            } catch (e) {
              toast.error((e as Error).message)
            }
          },
          onError: (e) => toast.error(e.message),
        }
      ),
    viewAs: (memberId: string) =>
      impersonate.mutate(
        { _id: memberId },
        {
          onSuccess: ({ impersonation }) => window.open(impersonation.url, "_blank", "noopener"),
          onError: (e) => toast.error(e.message),
        }
      ),
  }
}
