import type { ReactNode } from "react"
import type { PortalSection } from "./sections"

// Simple 24px outline pictograms, one per section (decorative only).
const shapes: Record<PortalSection, ReactNode> = {
  dashboard: <path d="M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z" />,
  quotes: <path d="M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h4" />,
  orders: <path d="M3 7.5 12 3l9 4.5-9 4.5zM3 7.5V17l9 4.5 9-4.5V7.5M12 12v9.5" />,
  invoices: <path d="M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6M9 16h3" />,
  fleet: (
    <>
      <path d="M2 6h12v10H2zM14 9h4.5L22 12.5V16h-8" />
      <circle cx="6.5" cy="17.5" r="2" />
      <circle cx="17.5" cy="17.5" r="2" />
    </>
  ),
  interventions: (
    <path d="M14.5 4.5a4.5 4.5 0 0 0-5.2 6L3.5 16.3a1.8 1.8 0 0 0 2.5 2.5l5.8-5.8a4.5 4.5 0 0 0 6-5.2l-2.6 2.6-2.3-.3-.3-2.3z" />
  ),
  rentals: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M8 14h3" />
    </>
  ),
  support: <path d="M4 5h16v11H10l-5 4v-4H4z M8 9h8M8 12h5" />,
  messages: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </>
  ),
  notifications: <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0" />,
  documents: <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />,
  sites: (
    <>
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </>
  ),
  account: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
}

export function SectionIcon({ section, className }: { section: PortalSection; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className ?? "size-5"}
    >
      {shapes[section]}
    </svg>
  )
}
