import { Heading } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The heading row of a card on the portal's admin pages, with its action (a button, a filter) on the right. */
export const SectionHeader = ({ title, children }: { title: string; children?: ReactNode }) => (
  <div className="flex items-center justify-between px-6 py-4">
    <Heading level="h2">{title}</Heading>
    {children}
  </div>
)
