import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("interventions")

export default function InterventionsPage() {
  return <SectionPage section="interventions" />
}
