import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The heading card row of a client-portal admin page: its title, a line under it, and its actions on the right. */
export const PageHeader = ({ title, subtitle, children }: { title: ReactNode; subtitle: ReactNode; children?: ReactNode }) => (
  <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
    <div>
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
    {children ? <div className="flex flex-wrap items-center gap-2">{children}</div> : null}
  </div>
)
