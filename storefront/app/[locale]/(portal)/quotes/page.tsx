import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("quotes")

export default function QuotesPage() {
  return <SectionPage section="quotes" />
}
