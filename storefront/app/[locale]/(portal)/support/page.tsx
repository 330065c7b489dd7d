import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("support")

export default function SupportPage() {
  return <SectionPage section="support" />
}
