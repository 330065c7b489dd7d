import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"

export type SendTestEmailInput = {
  to: string
  locale: string
  business_name: string
  logo_url: string | null
}

export const sendTestEmailWorkflowId = "portal-send-test-email"

/**
 * Sends the `portal-test` e-mail so staff can check the mail set-up from the admin. Nothing to undo: a sent
 * mail cannot be recalled, and a failed one is recorded by the notification module as failed.
 */
export const sendTestEmailWorkflow = createWorkflow(sendTestEmailWorkflowId, (input: SendTestEmailInput) => {
  const notifications = transform({ input }, ({ input }) => [
    {
      to: input.to,
      channel: "email",
      template: "portal-test",
      data: { locale: input.locale, business_name: input.business_name, logo_url: input.logo_url },
    },
  ])
  const sent = sendNotificationsStep(notifications)
  return new WorkflowResponse(sent)
})
