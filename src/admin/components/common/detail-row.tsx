import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One labelled value on a record's page (account, machine, quote); an empty value shows as a dash. */
export const DetailRow = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3 text-ui-fg-subtle">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base" data-testid={testId}>
      {children || "—"}
    </div>
  </div>
)
