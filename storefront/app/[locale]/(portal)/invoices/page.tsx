import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("invoices")

export default function InvoicesPage() {
  return <SectionPage section="invoices" />
}
